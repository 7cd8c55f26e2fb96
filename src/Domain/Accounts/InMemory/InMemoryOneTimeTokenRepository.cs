namespace StudyGraph.Domain.Accounts;

/// <summary>Thread-safe in-memory <see cref="IOneTimeTokenRepository"/>.</summary>
public sealed class InMemoryOneTimeTokenRepository : IOneTimeTokenRepository
{
    private readonly Dictionary<string, OneTimeToken> _byHash = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public ValueTask AddAsync(OneTimeToken token, CancellationToken ct = default)
    {
        lock (_gate) _byHash.Add(token.TokenHash, token);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<OneTimeToken?> FindAsync(string tokenHash, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_byHash.GetValueOrDefault(tokenHash));
    }

    /// <inheritdoc />
    public ValueTask<bool> TryConsumeAsync(string tokenHash, DateTimeOffset at, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (!_byHash.TryGetValue(tokenHash, out var token) || token.UsedAt is not null) return ValueTask.FromResult(false);
            _byHash[tokenHash] = token with { UsedAt = at };
            return ValueTask.FromResult(true);
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
}
