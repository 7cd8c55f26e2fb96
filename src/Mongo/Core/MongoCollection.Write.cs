using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

public sealed partial class MongoCollection
{
    /// <summary>Inserts one document (an ObjectId _id is added first when missing).</summary>
    /// <exception cref="MongoWriteException">The insert failed (e.g. duplicate key, code 11000).</exception>
    public async Task<BsonValue> InsertOneAsync(BsonDocument document, CancellationToken ct = default) =>
        (await InsertManyAsync([document], true, ct).ConfigureAwait(false)).InsertedIds[0];

    /// <summary>Inserts documents in batches sent as document sequences.</summary>
    /// <exception cref="MongoWriteException">Some inserts failed.</exception>
    public async Task<InsertResult> InsertManyAsync(IReadOnlyList<BsonDocument> documents, bool ordered = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0) throw new ArgumentException("insertMany needs at least one document.", nameof(documents));
        var ids = new List<BsonValue>(documents.Count);
        var prepared = new List<BsonDocument>(documents.Count);
        foreach (var d in documents)
        {
            if (d.TryGetValue("_id", out var id))
            {
                if (id.IsNull)
                {
                    // As the reference driver does: a null _id is replaced where it stands.
                    id = BsonValue.FromObjectId(ObjectId.GenerateNewId());
                    var copy = d.Clone();
                    copy.Set("_id", id);
                    prepared.Add(copy);
                }
                else
                {
                    prepared.Add(d);
                }
                ids.Add(id);
                continue;
            }
            var withId = new BsonDocument(d.Count + 1);
            var newId = BsonValue.FromObjectId(ObjectId.GenerateNewId());
            withId.Add("_id", newId);
            foreach (var e in d) withId.Add(e.Name, e.Value);
            prepared.Add(withId);
            ids.Add(newId);
        }
        var summary = await WriteAsync("insert", "documents", prepared, ordered, CommandKind.RetryableWrite, ct).ConfigureAwait(false);
        return new InsertResult(summary.N, ids);
    }

    /// <summary>Updates the first matching document.</summary>
    public Task<UpdateResult> UpdateOneAsync(BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken ct = default) =>
        UpdateAsync(filter, update, options, multi: false, ct);

    /// <summary>Updates the first matching document with an aggregation pipeline (MongoDB 4.2+): the stages see the stored document, or only the filter's equality fields when an upsert inserts.</summary>
    public Task<UpdateResult> UpdateOneAsync(BsonDocument filter, IReadOnlyList<BsonDocument> pipeline, UpdateOptions? options = null, CancellationToken ct = default) =>
        UpdateAsync(filter, ToArray(pipeline ?? throw new ArgumentNullException(nameof(pipeline))), options, multi: false, ct);

    /// <summary>
    /// Several single-document updates in one update command (batched as document sequences), as the drivers'
    /// bulkWrite sends them; retryable. With <paramref name="ordered"/> the server stops at the first failure.
    /// </summary>
    /// <exception cref="MongoWriteException">Some statements failed.</exception>
    public async Task<UpdateResult> BulkUpdateAsync(IReadOnlyList<UpdateStatement> statements, bool ordered = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0) throw new ArgumentException("A bulk update needs at least one statement.", nameof(statements));
        var docs = new List<BsonDocument>(statements.Count);
        foreach (var s in statements) docs.Add(Statement(s.Filter, s.Update, s.IsUpsert, multi: false, arrayFilters: null));
        var summary = await WriteAsync("update", "updates", docs, ordered, CommandKind.RetryableWrite, ct).ConfigureAwait(false);
        return new UpdateResult(summary.N - summary.Upserted.Count, summary.NModified, summary.Upserted.Count > 0 ? summary.Upserted[0] : (BsonValue?)null);
    }

    /// <summary>Updates every matching document (not retryable).</summary>
    public Task<UpdateResult> UpdateManyAsync(BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken ct = default) =>
        UpdateAsync(filter, update, options, multi: true, ct);

    /// <summary>Replaces the first matching document.</summary>
    public Task<UpdateResult> ReplaceOneAsync(BsonDocument filter, BsonDocument replacement, bool upsert = false, CancellationToken ct = default) =>
        UpdateAsync(filter, replacement, new UpdateOptions { IsUpsert = upsert }, multi: false, ct);

    /// <summary>Deletes the first matching document.</summary>
    public Task<DeleteResult> DeleteOneAsync(BsonDocument filter, CancellationToken ct = default) => DeleteAsync(filter, 1, ct);

    /// <summary>Deletes every matching document (not retryable).</summary>
    public Task<DeleteResult> DeleteManyAsync(BsonDocument filter, CancellationToken ct = default) => DeleteAsync(filter, 0, ct);

    /// <summary>findAndModify with an update; returns the document before (or after) the update, or null.</summary>
    public async Task<BsonDocument?> FindOneAndUpdateAsync(BsonDocument filter, BsonDocument update, FindOneAndUpdateOptions? options = null, CancellationToken ct = default)
    {
        options ??= new FindOneAndUpdateOptions();
        var cmd = new BsonDocument
        {
            { "findAndModify", Name },
            { "query", filter },
            { "remove", false },
            { "new", options.ReturnDocumentAfter },
            { "upsert", options.IsUpsert },
        };
        if (options.Sort is not null) cmd.Add("sort", options.Sort);
        if (options.Projection is not null) cmd.Add("fields", options.Projection);
        cmd.Add("writeConcern", Client.WriteConcern);
        cmd.Add("update", update);
        if (options.ArrayFilters is not null) cmd.Add("arrayFilters", ToArray(options.ArrayFilters));
        var reply = (await RunAsync(cmd, CommandKind.RetryableWrite, ct).ConfigureAwait(false)).Reply;
        ThrowOnWriteConcernError("findAndModify", reply);
        return reply.TryGetValue("value", out var v) && v.Type == BsonType.Document ? v.AsDocument : null;
    }

    /// <summary>findAndModify with remove: deletes the first matching document (by <paramref name="sort"/>) and returns it, or null.</summary>
    public async Task<BsonDocument?> FindOneAndDeleteAsync(BsonDocument filter, BsonDocument? sort = null, BsonDocument? projection = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var cmd = new BsonDocument { { "findAndModify", Name }, { "query", filter }, { "remove", true }, { "new", false }, { "upsert", false } };
        if (sort is not null) cmd.Add("sort", sort);
        if (projection is not null) cmd.Add("fields", projection);
        cmd.Add("writeConcern", Client.WriteConcern);
        var reply = (await RunAsync(cmd, CommandKind.RetryableWrite, ct).ConfigureAwait(false)).Reply;
        ThrowOnWriteConcernError("findAndModify", reply);
        return reply.TryGetValue("value", out var v) && v.Type == BsonType.Document ? v.AsDocument : null;
    }

    private async Task<UpdateResult> UpdateAsync(BsonDocument filter, BsonValue update, UpdateOptions? options, bool multi, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statement = Statement(filter, update, options?.IsUpsert == true, multi, options?.ArrayFilters);
        var summary = await WriteAsync("update", "updates", [statement], true, multi ? CommandKind.NoRetry : CommandKind.RetryableWrite, ct).ConfigureAwait(false);
        return new UpdateResult(summary.N - summary.Upserted.Count, summary.NModified, summary.Upserted.Count > 0 ? summary.Upserted[0] : (BsonValue?)null);
    }

    /// <summary>One statement of an update command, with the fields in the order the drivers write them.</summary>
    private static BsonDocument Statement(BsonDocument filter, BsonValue update, bool upsert, bool multi, IReadOnlyList<BsonDocument>? arrayFilters)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (update.Type is not (BsonType.Document or BsonType.Array)) throw new ArgumentException("An update is a document or a pipeline.", nameof(update));
        var statement = new BsonDocument { { "q", filter }, { "u", update } };
        if (upsert) statement.Add("upsert", true);
        if (multi) statement.Add("multi", true);
        if (arrayFilters is not null) statement.Add("arrayFilters", ToArray(arrayFilters));
        return statement;
    }

    private async Task<DeleteResult> DeleteAsync(BsonDocument filter, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statement = new BsonDocument { { "q", filter }, { "limit", limit } };
        var summary = await WriteAsync("delete", "deletes", [statement], true, limit == 1 ? CommandKind.RetryableWrite : CommandKind.NoRetry, ct).ConfigureAwait(false);
        return new DeleteResult(summary.N);
    }

    private static BsonArray ToArray(IReadOnlyList<BsonDocument> docs)
    {
        var a = new BsonArray(docs.Count);
        foreach (var d in docs) a.Add(d);
        return a;
    }

    private static void ThrowOnWriteConcernError(string command, BsonDocument reply)
    {
        var wce = WriteSummary.ReadWriteConcernError(reply);
        if (wce is not null) throw new MongoWriteException(command, [], wce, reply);
    }

    /// <summary>Runs a write command over <paramref name="items"/>, split into batches that fit the server's limits.</summary>
    private async Task<WriteSummary> WriteAsync(string command, string sequenceId, IReadOnlyList<BsonDocument> items, bool ordered, CommandKind kind, CancellationToken ct)
    {
        var summary = new WriteSummary();
        var (maxCount, maxMessage) = await Client.GetWriteLimitsAsync(ct).ConfigureAwait(false);
        var maxBytes = maxMessage - 16 * 1024; // room for the header and the command body
        var start = 0;
        while (start < items.Count)
        {
            var end = start;
            long bytes = 0;
            while (end < items.Count && end - start < maxCount)
            {
                var size = items.Count == 1 ? 0 : BsonSerializer.Serialize(items[end]).Length;
                if (end > start && bytes + size > maxBytes) break;
                bytes += size;
                end++;
            }
            var batch = new List<BsonDocument>(end - start);
            for (var i = start; i < end; i++) batch.Add(items[i]);
            var body = new BsonDocument { { command, Name }, { "ordered", ordered }, { "writeConcern", Client.WriteConcern } };
            var batchKind = kind == CommandKind.RetryableWrite && Client.Url.RetryWrites ? kind : kind == CommandKind.RetryableWrite ? CommandKind.NoRetry : kind;
            var reply = (await RunAsync(body, batchKind, ct, [new DocumentSequence(sequenceId, batch)]).ConfigureAwait(false)).Reply;
            summary.Add(reply, start);
            if (ordered && summary.WriteErrors.Count > 0) break;
            start = end;
        }
        if (summary.WriteErrors.Count > 0 || summary.WriteConcernError is not null)
            throw new MongoWriteException(command, summary.WriteErrors, summary.WriteConcernError, summary.LastReply!);
        return summary;
    }
}
