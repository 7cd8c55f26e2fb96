using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>Runs a Domain page request (first/after, ordered by id) as a document query.</summary>
internal static class DocumentPaging
{
    public static async ValueTask<Page<T>> PageAsync<T>(IDocumentCollection collection, DocumentFilter? where, PageRequest page, CancellationToken ct)
    {
        var result = await collection.FindAsync(new DocumentQuery { Where = where, Limit = page.Limit, After = page.After }, ct).ConfigureAwait(false);
        var total = await collection.CountAsync(where, ct).ConfigureAwait(false);
        var items = new List<T>(result.Items.Count);
        foreach (var doc in result.Items) items.Add(DocumentJson.Deserialize<T>(doc));
        return new Page<T>(items, result.Cursors, result.HasNextPage, checked((int)total));
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
}
