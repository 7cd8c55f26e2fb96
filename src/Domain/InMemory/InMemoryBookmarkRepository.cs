using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>Thread-safe in-memory <see cref="IBookmarkRepository"/>; also the <c>bookmarks</c> section of export and deletion.</summary>
public sealed class InMemoryBookmarkRepository(TimeProvider time) : IBookmarkRepository, IUserDataPort
{
    private readonly Dictionary<(string User, string Question), Bookmark> _items = [];
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public string Section => "bookmarks";

    /// <inheritdoc />
    public ValueTask<Bookmark> AddAsync(string userId, string questionId, string? note = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var key = (userId, questionId);
            var stored = _items.TryGetValue(key, out var existing)
                ? note is null ? existing : existing with { Note = note }
                : new Bookmark(userId, questionId, note, now);
            _items[key] = stored;
            return ValueTask.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(string userId, string questionId, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_items.Remove((userId, questionId)));
    }

    /// <inheritdoc />
    public ValueTask<Page<Bookmark>> ListAsync(string userId, PageRequest page, CancellationToken ct = default)
    {
        List<Bookmark> mine;
        lock (_gate) mine = _items.Values.Where(b => b.UserId == userId).ToList();
        // Newest first, ties by question id descending: the cursor key sorts the same way as text.
        mine.Sort((a, b) => -string.CompareOrdinal(SortKey(a), SortKey(b)));
        return ValueTask.FromResult(Paging.Take(mine, SortKey, page, Comparer<string>.Create((a, b) => -string.CompareOrdinal(a, b))));
    }

    /// <inheritdoc />
    public ValueTask<bool> IsBookmarkedAsync(string userId, string questionId, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_items.ContainsKey((userId, questionId)));
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var keys = _items.Keys.Where(k => k.User == userId).ToArray();
            foreach (var k in keys) _items.Remove(k);
            return ValueTask.FromResult(keys.Length);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var result = new List<object>();
        string? after = null;
        while (true)
        {
            var page = await ListAsync(userId, new PageRequest(PageRequest.MaxFirst, after), ct).ConfigureAwait(false);
            foreach (var b in page.Items) result.Add(b);
            if (!page.HasNextPage || page.EndCursor is null) return result;
            after = page.EndCursor;
        }
    }

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await DeleteByUserAsync(userId, ct).ConfigureAwait(false), 0);

    private static string SortKey(Bookmark b) =>
        b.CreatedAt.UtcTicks.ToString("D20", System.Globalization.CultureInfo.InvariantCulture) + "|" + b.QuestionId;
}
