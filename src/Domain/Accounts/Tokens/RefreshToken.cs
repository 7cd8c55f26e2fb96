namespace StudyGraph.Domain.Accounts;

/// <summary>
/// One link of a refresh-token chain (one device's login). Only <see cref="TokenHash"/> is stored; the client holds the token.
/// Refreshing spends the link and issues the next one in the same <see cref="FamilyId"/>.
/// </summary>
/// <param name="TokenHash">SHA-256 of the token (<see cref="SecretToken.Hash"/>); the key.</param>
/// <param name="UserId">Whose token it is.</param>
/// <param name="FamilyId">The chain (device login) it belongs to.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="SpentAt">When it was exchanged for the next link; using it again afterwards is reuse.</param>
/// <param name="ReplacedByHash">The hash of the next link, once spent.</param>
/// <param name="RevokedAt">When its chain was revoked (logout, reuse, password reset).</param>
public sealed record RefreshToken(
    string TokenHash,
    string UserId,
    string FamilyId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? SpentAt = null,
    string? ReplacedByHash = null,
    DateTimeOffset? RevokedAt = null)
{
    /// <summary>True when it can still be exchanged at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => SpentAt is null && RevokedAt is null && now < ExpiresAt;
}
