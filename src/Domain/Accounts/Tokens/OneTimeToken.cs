namespace StudyGraph.Domain.Accounts;

/// <summary>A single-use, expiring token sent by e-mail. Only the hash is stored.</summary>
/// <param name="TokenHash">SHA-256 of the token (<see cref="SecretToken.Hash"/>); the key.</param>
/// <param name="UserId">Whose token it is.</param>
/// <param name="Purpose">What it may be used for.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="UsedAt">When it was consumed; a used token never works again.</param>
public sealed record OneTimeToken(
    string TokenHash,
    string UserId,
    OneTimeTokenPurpose Purpose,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt = null);
