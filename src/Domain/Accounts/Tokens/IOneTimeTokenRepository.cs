namespace StudyGraph.Domain.Accounts;

/// <summary>Stores single-use tokens by hash. <see cref="TryConsumeAsync"/> must be atomic.</summary>
public interface IOneTimeTokenRepository
{
    /// <summary>Stores a new token.</summary>
    ValueTask AddAsync(OneTimeToken token, CancellationToken ct = default);

    /// <summary>The token with <paramref name="tokenHash"/>, or <see langword="null"/>.</summary>
    ValueTask<OneTimeToken?> FindAsync(string tokenHash, CancellationToken ct = default);

    /// <summary>Marks the token used if it is not used yet (compare-and-set); false when it already was.</summary>
    ValueTask<bool> TryConsumeAsync(string tokenHash, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Deletes every token of the user; returns how many.</summary>
    ValueTask<int> DeleteAllForUserAsync(string userId, CancellationToken ct = default);
}
