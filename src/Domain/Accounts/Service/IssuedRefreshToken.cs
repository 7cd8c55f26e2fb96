namespace StudyGraph.Domain.Accounts;

/// <summary>A refresh token handed to a client. <see cref="Token"/> is the only copy of the secret.</summary>
/// <param name="Token">The opaque token (base64url, 256 bits).</param>
/// <param name="FamilyId">The chain (device login) it belongs to.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record IssuedRefreshToken(string Token, string FamilyId, DateTimeOffset ExpiresAt);
