using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

public sealed partial class MongoCollection
{
    /// <summary>Creates indexes (a no-op on the server for ones that already exist); returns their names.</summary>
    public async Task<IReadOnlyList<string>> CreateIndexesAsync(IEnumerable<CreateIndexModel> indexes, CancellationToken ct = default)
    {
        var specs = new BsonArray();
        var names = new List<string>();
        foreach (var m in indexes)
        {
            var spec = new BsonDocument("name", m.EffectiveName);
            if (m.Unique) spec.Add("unique", true);
            if (m.Sparse) spec.Add("sparse", true);
            if (m.ExpireAfterSeconds is { } ttl) spec.Add("expireAfterSeconds", ttl);
            if (m.PartialFilterExpression is not null) spec.Add("partialFilterExpression", m.PartialFilterExpression);
            spec.Add("key", m.Keys);
            specs.Add(spec);
            names.Add(m.EffectiveName);
        }
        await RunAsync(new BsonDocument { { "createIndexes", Name }, { "indexes", specs }, { "writeConcern", Client.WriteConcern } }, CommandKind.NoRetry, ct).ConfigureAwait(false);
        return names;
    }

    /// <summary>Lists the collection's indexes.</summary>
    public async Task<List<BsonDocument>> ListIndexesAsync(CancellationToken ct = default)
    {
        var cmd = new BsonDocument { { "listIndexes", Name }, { "cursor", new BsonDocument() } };
        await using var cursor = await MongoCursor.OpenAsync(Client, Database.Name, Name, cmd, CommandKind.Read, null, null, ct).ConfigureAwait(false);
        return await cursor.ToListAsync(ct).ConfigureAwait(false);
    }
}
