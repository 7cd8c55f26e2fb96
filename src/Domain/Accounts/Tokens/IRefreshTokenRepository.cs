namespace StudyGraph.Domain.Accounts;

/// <summary>Stores refresh-token chains by token hash. Implementations must make <see cref="TrySpendAsync"/> atomic.</summary>
public interface IRefreshTokenRepository
{
    /// <summary>Stores a new link.</summary>
    ValueTask AddAsync(RefreshToken token, CancellationToken ct = default);

    /// <summary>The link with <paramref name="tokenHash"/>, or <see langword="null"/>.</summary>
    ValueTask<RefreshToken?> FindAsync(string tokenHash, CancellationToken ct = default);

    /// <summary>
    /// Marks the link spent and replaced by <paramref name="replacedByHash"/> if, and only if, it is neither spent nor revoked
    /// (compare-and-set). Returns false when another request got there first.
    /// </summary>
    ValueTask<bool> TrySpendAsync(string tokenHash, string replacedByHash, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Revokes every not-yet-revoked link of the chain; returns how many.</summary>
    ValueTask<int> RevokeFamilyAsync(string familyId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Revokes every not-yet-revoked link of every chain of the user; returns how many.</summary>
    ValueTask<int> RevokeAllForUserAsync(string userId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Every link of the user (for export).</summary>
    ValueTask<IReadOnlyList<RefreshToken>> ListForUserAsync(string userId, CancellationToken ct = default);

    /// <summary>Deletes every link of the user; returns how many.</summary>
    ValueTask<int> DeleteAllForUserAsync(string userId, CancellationToken ct = default);
}
