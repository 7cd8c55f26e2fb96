using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Mongo;

internal sealed partial class MongoDocumentCollection
{
    public async ValueTask<bool> InsertAsync(string id, ReadOnlyMemory<byte> json, CancellationToken ct = default)
    {
        var stored = new BsonDocument { { "_id", id }, { V, 1 }, { D, ToBson(json, "document") } };
        try
        {
            await _collection.InsertOneAsync(stored, ct).ConfigureAwait(false);
            return true;
        }
        catch (MongoWriteException e) when (e.IsDuplicateKey)
        {
            if (IsDuplicateId(e)) return false;
            throw Duplicate(e);
        }
    }

    public async ValueTask UpsertManyAsync(IReadOnlyList<KeyValuePair<string, byte[]>> documents, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0) return;
        var statements = new List<UpdateStatement>(documents.Count);
        foreach (var pair in documents)
        {
            var update = new BsonDocument
            {
                { "$set", new BsonDocument(D, ToBson(pair.Value, "document")) },
                { "$inc", new BsonDocument(V, 1) },
            };
            statements.Add(new UpdateStatement(ById(pair.Key), update) { IsUpsert = true });
        }
        try
        {
            await _collection.BulkUpdateAsync(statements, ordered: true, ct).ConfigureAwait(false);
        }
        catch (MongoWriteException e) when (e.IsDuplicateKey)
        {
            throw Duplicate(e);
        }
    }

    public async ValueTask<bool> ReplaceAsync(string id, ReadOnlyMemory<byte> json, long expectedVersion, CancellationToken ct = default)
    {
        var filter = new BsonDocument { { "_id", id }, { V, Number(expectedVersion) } };
        var replacement = new BsonDocument { { V, Number(expectedVersion + 1) }, { D, ToBson(json, "document") } };
        try
        {
            return (await _collection.ReplaceOneAsync(filter, replacement, ct: ct).ConfigureAwait(false)).MatchedCount == 1;
        }
        catch (MongoWriteException e) when (e.IsDuplicateKey)
        {
            throw Duplicate(e);
        }
    }

    public async ValueTask UpdateAsync(string id, IReadOnlyList<FieldUpdate> updates, ReadOnlyMemory<byte> seed, CancellationToken ct = default)
    {
        var pipeline = MongoUpdateTranslator.Pipeline(updates, seed.IsEmpty ? new BsonDocument() : ToBson(seed, "seed"));
        // Two racing upserts of a missing document can both try to insert; the loser sees a duplicate _id
        // (servers before 4.2 do not retry that themselves) and its second attempt updates the winner's document.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _collection.UpdateOneAsync(ById(id), pipeline, new UpdateOptions { IsUpsert = true }, ct).ConfigureAwait(false);
                return;
            }
            catch (MongoWriteException e) when (e.IsDuplicateKey)
            {
                if (!IsDuplicateId(e) || attempt == 3) throw Duplicate(e);
            }
        }
    }

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default) =>
        (await _collection.DeleteOneAsync(ById(id), ct).ConfigureAwait(false)).DeletedCount == 1;

    public async ValueTask<long> DeleteManyAsync(DocumentFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (await _collection.DeleteManyAsync(MongoQueryTranslator.Filter(filter), ct).ConfigureAwait(false)).DeletedCount;
    }
}
