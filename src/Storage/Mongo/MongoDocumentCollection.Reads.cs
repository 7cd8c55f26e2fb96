using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Mongo;

internal sealed partial class MongoDocumentCollection
{
    public async ValueTask<byte[]?> GetAsync(string id, CancellationToken ct = default)
    {
        var stored = await _collection.FindOneAsync(ById(id), new FindOptions { Projection = DocumentOnly, SingleBatch = true }, ct).ConfigureAwait(false);
        return stored is null ? null : ToJson(stored);
    }

    public async ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new List<byte[]>(ids.Count);
        if (ids.Count == 0) return result;
        var list = new BsonArray(ids.Count);
        foreach (var id in ids) list.Add(id);
        var filter = new BsonDocument("_id", new BsonDocument("$in", list));
        await using var cursor = await _collection.FindAsync(filter, new FindOptions { Projection = DocumentOnly }, ct).ConfigureAwait(false);
        await foreach (var stored in cursor.ReadAllAsync(ct).ConfigureAwait(false)) result.Add(ToJson(stored));
        return result;
    }

    public async ValueTask<long?> GetVersionAsync(string id, CancellationToken ct = default)
    {
        var stored = await _collection.FindOneAsync(ById(id), new FindOptions { Projection = VersionOnly, SingleBatch = true }, ct).ConfigureAwait(false);
        return stored is not null && stored.TryGetValue(V, out var v) && v.IsNumeric ? v.ToInt64() : null;
    }

    public async ValueTask<long> CountAsync(DocumentFilter? filter = null, CancellationToken ct = default) =>
        await _collection.CountDocumentsAsync(MongoQueryTranslator.Filter(filter), ct: ct).ConfigureAwait(false);

    public async ValueTask<DocumentPage> FindAsync(DocumentQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(query), "Limit must be 1..10,000.");
        var parts = new List<BsonDocument>(3);
        if (query.Where is not null) parts.Add(MongoQueryTranslator.Filter(query.Where));
        if (query.After is { } after)
        {
            var (values, id) = CursorCodec.Decode(after, query.Order);
            parts.Add(MongoQueryTranslator.After(query.Order, values, id, reverse: false));
        }
        if (query.Before is { } before)
        {
            var (values, id) = CursorCodec.Decode(before, query.Order);
            parts.Add(MongoQueryTranslator.After(query.Order, values, id, reverse: true));
        }
        // Relay's "last": read the window backwards, then restore the order.
        var reverse = query.FromEnd;
        var options = new FindOptions { Sort = MongoQueryTranslator.Sort(query.Order, reverse), Projection = DocumentOnly, Limit = query.Limit + 1 };
        var ids = new List<string>(query.Limit + 1);
        var docs = new List<byte[]>(query.Limit + 1);
        await using (var cursor = await _collection.FindAsync(MongoQueryTranslator.Combine(parts), options, ct).ConfigureAwait(false))
        {
            await foreach (var stored in cursor.ReadAllAsync(ct).ConfigureAwait(false))
            {
                ids.Add(stored["_id"].AsString);
                docs.Add(ToJson(stored));
            }
        }
        var more = docs.Count > query.Limit;
        if (more)
        {
            ids.RemoveAt(ids.Count - 1);
            docs.RemoveAt(docs.Count - 1);
        }
        if (reverse)
        {
            ids.Reverse();
            docs.Reverse();
        }
        var cursors = new string[docs.Count];
        for (var i = 0; i < docs.Count; i++) cursors[i] = CursorCodec.Encode(docs[i], query.Order, ids[i]);
        return reverse
            ? new DocumentPage(docs, cursors, HasNextPage: query.Before is not null, HasPreviousPage: more)
            : new DocumentPage(docs, cursors, HasNextPage: more, HasPreviousPage: query.After is not null);
    }
}
