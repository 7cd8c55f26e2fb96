using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>Runs Domain page requests and connection queries as document queries.</summary>
internal static class DocumentPaging
{
    /// <summary>The largest page read at once when a port returns a whole list.</summary>
    private const int Batch = 1_000;

    /// <summary>A Domain page (first/after) ordered by id, with the total count.</summary>
    public static ValueTask<Page<T>> PageAsync<T>(IDocumentCollection collection, DocumentFilter? where, PageRequest page, CancellationToken ct) =>
        PageAsync(collection, where, [], page, DocumentJson.Deserialize<T>, ct);

    /// <summary>A Domain page (first/after) in <paramref name="order"/> (the id last), with the total count.</summary>
    public static async ValueTask<Page<T>> PageAsync<T>(IDocumentCollection collection, DocumentFilter? where, IReadOnlyList<SortKey> order,
        PageRequest page, Func<byte[], T> read, CancellationToken ct)
    {
        var result = await collection.FindAsync(new DocumentQuery { Where = where, Order = order, Limit = page.Limit, After = page.After }, ct).ConfigureAwait(false);
        var total = await collection.CountAsync(where, ct).ConfigureAwait(false);
        var items = new List<T>(result.Items.Count);
        foreach (var doc in result.Items) items.Add(read(doc));
        return new Page<T>(items, result.Cursors, result.HasNextPage, checked((int)total));
    }

    /// <summary>One connection page of a caller's query, read into Domain objects.</summary>
    public static async ValueTask<TypedPage<T>> FindAsync<T>(IDocumentCollection collection, DocumentQuery query, Func<byte[], T> read, CancellationToken ct)
    {
        var result = await collection.FindAsync(query, ct).ConfigureAwait(false);
        var items = new List<T>(result.Items.Count);
        foreach (var doc in result.Items) items.Add(read(doc));
        return new TypedPage<T>(items, result.Cursors, result.HasNextPage, result.HasPreviousPage);
    }

    /// <summary>Every document matching <paramref name="where"/> in <paramref name="order"/>, read in batches; at most <paramref name="max"/> when given.</summary>
    public static async ValueTask<List<T>> ReadAllAsync<T>(IDocumentCollection collection, DocumentFilter? where, IReadOnlyList<SortKey> order,
        Func<byte[], T> read, CancellationToken ct, int? max = null)
    {
        var result = new List<T>();
        string? after = null;
        while (max is null || result.Count < max)
        {
            var limit = max is { } m ? Math.Min(Batch, m - result.Count) : Batch;
            var page = await collection.FindAsync(new DocumentQuery { Where = where, Order = order, Limit = limit, After = after }, ct).ConfigureAwait(false);
            foreach (var doc in page.Items) result.Add(read(doc));
            if (!page.HasNextPage || page.Cursors.Count == 0) break;
            after = page.Cursors[^1];
        }
        return result;
    }

    /// <summary>Documents by id, in the order of <paramref name="ids"/>, skipping missing ones.</summary>
    public static async ValueTask<IReadOnlyList<T>> GetManyAsync<T>(IDocumentCollection collection, IReadOnlyList<string> ids, Func<T, string> idOf, CancellationToken ct)
    {
        var docs = await collection.GetManyAsync(ids, ct).ConfigureAwait(false);
        var byId = new Dictionary<string, T>(docs.Count, StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var item = DocumentJson.Deserialize<T>(doc);
            byId[idOf(item)] = item;
        }
        var ordered = new List<T>(ids.Count);
        foreach (var id in ids)
        {
            if (byId.TryGetValue(id, out var item)) ordered.Add(item);
        }
        return ordered;
    }

    /// <summary><paramref name="where"/> narrowed by <paramref name="also"/> (either may be null).</summary>
    public static DocumentFilter? And(DocumentFilter? where, DocumentFilter? also) =>
        where is null ? also : also is null ? where : DocumentFilter.And(where, also);
}
