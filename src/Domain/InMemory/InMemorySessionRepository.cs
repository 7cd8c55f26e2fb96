using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.InMemory;

/// <summary>
/// An in-memory <see cref="ISessionRepository"/> that keeps each session as its JSON document, like the real stores,
/// so every read returns an independent copy and the version check is atomic.
/// </summary>
public sealed class InMemorySessionRepository : ISessionRepository
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);

    /// <summary>How many saves were refused for a version mismatch.</summary>
    public int Conflicts { get; private set; }

    /// <inheritdoc />
    public ValueTask<StudySession?> GetAsync(string id, CancellationToken ct = default)
    {
        string? json;
        lock (_gate) json = _items.TryGetValue(id, out var e) ? e.Json : null;
        return ValueTask.FromResult(json is null ? null : SessionJson.Deserialize(json));
    }

    /// <inheritdoc />
    public ValueTask<SaveResult> InsertAsync(StudySession session, CancellationToken ct = default)
    {
        var json = SessionJson.Serialize(session);
        lock (_gate)
        {
            if (_items.ContainsKey(session.Id)) return ValueTask.FromResult(SaveResult.ConcurrencyConflict);
            _items[session.Id] = new Entry(json, session.Version, session.UserId, session.Status, session.CreatedAt);
        }
        return ValueTask.FromResult(SaveResult.Saved);
    }

    /// <inheritdoc />
    public ValueTask<SaveResult> SaveAsync(StudySession session, long expectedVersion, CancellationToken ct = default)
    {
        var json = SessionJson.Serialize(session);
        lock (_gate)
        {
            if (!_items.TryGetValue(session.Id, out var e) || e.Version != expectedVersion)
            {
                Conflicts++;
                return ValueTask.FromResult(SaveResult.ConcurrencyConflict);
            }
            _items[session.Id] = new Entry(json, session.Version, session.UserId, session.Status, session.CreatedAt);
        }
        return ValueTask.FromResult(SaveResult.Saved);
    }

    /// <inheritdoc />
    public ValueTask<Page<StudySession>> ListAsync(SessionQuery query, PageRequest page, CancellationToken ct = default)
    {
        List<(string Key, string Json)> rows;
        lock (_gate)
        {
            rows = _items
                .Where(kv => kv.Value.UserId == query.UserId && (query.Status is null || kv.Value.Status == query.Status))
                .OrderByDescending(kv => kv.Value.CreatedAt).ThenByDescending(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (SortKey(kv.Value.CreatedAt, kv.Key), kv.Value.Json))
                .ToList();
        }
        var p = Paging.Take(rows, r => r.Key, page, Comparer<string>.Create((a, b) => -string.CompareOrdinal(a, b)));
        var sessions = p.Items.Select(r => SessionJson.Deserialize(r.Json)).ToList();
        return ValueTask.FromResult(new Page<StudySession>(sessions, p.Cursors, p.HasNextPage, p.TotalCount));
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var ids = _items.Where(kv => kv.Value.UserId == userId).Select(kv => kv.Key).ToList();
            foreach (var id in ids) _items.Remove(id);
            return ValueTask.FromResult(ids.Count);
        }
    }

    private static string SortKey(DateTimeOffset createdAt, string id) => createdAt.UtcTicks.ToString("D20", System.Globalization.CultureInfo.InvariantCulture) + "|" + id;

    private sealed record Entry(string Json, long Version, string UserId, SessionStatus Status, DateTimeOffset CreatedAt);
}
