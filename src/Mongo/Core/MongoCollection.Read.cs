using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

public sealed partial class MongoCollection
{
    /// <summary>Runs find and returns a cursor over the results (dispose it to kill an unfinished cursor).</summary>
    public async Task<MongoCursor> FindAsync(BsonDocument filter, FindOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new FindOptions();
        var cmd = new BsonDocument { { "find", Name }, { "filter", filter } };
        if (options.Sort is not null) cmd.Add("sort", options.Sort);
        if (options.Projection is not null) cmd.Add("projection", options.Projection);
        if (options.Skip is { } skip) cmd.Add("skip", skip);
        var limit = options.Limit is > 0 ? options.Limit : null;
        if (limit is not null) cmd.Add("limit", limit.Value);
        if (options.BatchSize is { } batch)
        {
            // The specification asks for one more than the limit when they are equal, so the cursor closes.
            cmd.Add("batchSize", batch == limit ? batch + 1 : batch);
        }
        if (options.SingleBatch is { } single) cmd.Add("singleBatch", single);
        return await MongoCursor.OpenAsync(Client, Database.Name, Name, cmd, CommandKind.Read, options.BatchSize, limit, ct).ConfigureAwait(false);
    }

    /// <summary>find, collected into a list.</summary>
    public async Task<List<BsonDocument>> FindListAsync(BsonDocument filter, FindOptions? options = null, CancellationToken ct = default)
    {
        await using var cursor = await FindAsync(filter, options, ct).ConfigureAwait(false);
        return await cursor.ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The first matching document, or null.</summary>
    public async Task<BsonDocument?> FindOneAsync(BsonDocument filter, FindOptions? options = null, CancellationToken ct = default)
    {
        var list = await FindListAsync(filter, (options ?? new FindOptions()) with { Limit = 1 }, ct).ConfigureAwait(false);
        return list.Count > 0 ? list[0] : null;
    }

    /// <summary>Runs an aggregation pipeline.</summary>
    public async Task<MongoCursor> AggregateAsync(IEnumerable<BsonDocument> pipeline, int? batchSize = null, CancellationToken ct = default)
    {
        var stages = new BsonArray();
        var writes = false;
        foreach (var s in pipeline)
        {
            stages.Add(s);
            if (s.Count > 0 && s[0].Name is "$out" or "$merge") writes = true;
        }
        var cursor = new BsonDocument();
        if (batchSize is { } b && !writes) cursor.Add("batchSize", b);
        var cmd = new BsonDocument { { "aggregate", Name }, { "pipeline", stages }, { "cursor", cursor } };
        if (writes) cmd.Add("writeConcern", Client.WriteConcern);
        return await MongoCursor.OpenAsync(Client, Database.Name, Name, cmd, writes ? CommandKind.NoRetry : CommandKind.Read, batchSize, null, ct).ConfigureAwait(false);
    }

    /// <summary>Counts matching documents with an aggregation ($match, $group), as countDocuments does.</summary>
    public async Task<long> CountDocumentsAsync(BsonDocument filter, int? skip = null, int? limit = null, CancellationToken ct = default)
    {
        var pipeline = new List<BsonDocument> { new("$match", filter) };
        if (skip is { } s) pipeline.Add(new BsonDocument("$skip", s));
        if (limit is { } l) pipeline.Add(new BsonDocument("$limit", l));
        pipeline.Add(new BsonDocument("$group", new BsonDocument { { "_id", 1 }, { "n", new BsonDocument("$sum", 1) } }));
        await using var cursor = await AggregateAsync(pipeline, ct: ct).ConfigureAwait(false);
        var docs = await cursor.ToListAsync(ct).ConfigureAwait(false);
        return docs.Count == 0 ? 0 : docs[0]["n"].ToInt64();
    }
}
