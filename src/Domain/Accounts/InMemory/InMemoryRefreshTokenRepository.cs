namespace StudyGraph.Domain.Accounts;

/// <summary>Thread-safe in-memory <see cref="IRefreshTokenRepository"/>.</summary>
public sealed class InMemoryRefreshTokenRepository : IRefreshTokenRepository
{
    private readonly Dictionary<string, RefreshToken> _byHash = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public ValueTask AddAsync(RefreshToken token, CancellationToken ct = default)
    {
        lock (_gate) _byHash.Add(token.TokenHash, token);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<RefreshToken?> FindAsync(string tokenHash, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_byHash.GetValueOrDefault(tokenHash));
    }

    /// <inheritdoc />
    public ValueTask<bool> TrySpendAsync(string tokenHash, string replacedByHash, DateTimeOffset at, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (!_byHash.TryGetValue(tokenHash, out var token) || token.SpentAt is not null || token.RevokedAt is not null)
                return ValueTask.FromResult(false);
            _byHash[tokenHash] = token with { SpentAt = at, ReplacedByHash = replacedByHash };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> RevokeFamilyAsync(string familyId, DateTimeOffset at, CancellationToken ct = default) =>
        ValueTask.FromResult(RevokeWhere(t => t.FamilyId == familyId, at));

    /// <inheritdoc />
    public ValueTask<int> RevokeAllForUserAsync(string userId, DateTimeOffset at, CancellationToken ct = default) =>
        ValueTask.FromResult(RevokeWhere(t => t.UserId == userId, at));

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RefreshToken>> ListForUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RefreshToken> list = _byHash.Values.Where(t => t.UserId == userId).OrderBy(t => t.IssuedAt).ToArray();
            return ValueTask.FromResult(list);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteAllForUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var hashes = _byHash.Values.Where(t => t.UserId == userId).Select(t => t.TokenHash).ToArray();
            foreach (var h in hashes) _byHash.Remove(h);
            return ValueTask.FromResult(hashes.Length);
        }
    }

    private int RevokeWhere(Func<RefreshToken, bool> match, DateTimeOffset at)
    {
        lock (_gate)
        {
            var hits = _byHash.Values.Where(t => t.RevokedAt is null && match(t)).ToArray();
            foreach (var t in hits) _byHash[t.TokenHash] = t with { RevokedAt = at };
            return hits.Length;
        }
    }
}
