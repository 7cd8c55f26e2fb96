using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Wire;

/// <summary>Bulk and pipeline updates (used by the document store's UpsertMany and atomic updates).</summary>
public sealed class BulkUpdateTests
{
    [Fact]
    public async Task A_bulk_update_splits_into_batches_each_with_its_own_transaction_number_and_sums_the_counts()
    {
        await using var server = new CaptureServer(cmd =>
        {
            if (cmd.Name != "hello") return null;
            var h = CannedReplies.Hello("127.0.0.1:1", cmd.ConnectionId);
            h.Set("maxWriteBatchSize", 2);
            return h;
        });
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var statements = Enumerable.Range(0, 5)
            .Select(i => new UpdateStatement(new BsonDocument("_id", i), new BsonDocument("$inc", new BsonDocument("v", 1))) { IsUpsert = i % 2 == 0 })
            .ToList();
        var result = await client.GetDatabase("d").GetCollection("c").BulkUpdateAsync(statements);
        Assert.Equal(5, result.MatchedCount);
        var updates = server.Commands.Where(c => c.Name == "update").ToList();
        Assert.Equal([2, 2, 1], updates.Select(c => c.Body["updates"].AsArray.Count));
        Assert.Equal(3, updates.Select(c => c.Body["txnNumber"].ToInt64()).Distinct().Count());
        var sent = updates.SelectMany(c => c.Body["updates"].AsArray).Select(s => s.AsDocument).ToList();
        Assert.Equal([true, false, true, false, true], sent.Select(s => s.Contains("upsert")));
        Assert.All(sent, s => Assert.False(s.Contains("multi")));
    }

    [Fact]
    public async Task A_pipeline_update_travels_as_an_array_and_anything_else_is_refused()
    {
        await using var server = new CaptureServer();
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var coll = client.GetDatabase("d").GetCollection("c");
        await coll.UpdateOneAsync(new BsonDocument("_id", 1), [new BsonDocument("$set", new BsonDocument("a", 1))], new UpdateOptions { IsUpsert = true });
        var u = server.Commands.Single(c => c.Name == "update").Body["updates"].AsArray[0].AsDocument;
        Assert.Equal(BsonType.Array, u["u"].Type);
        Assert.True(u["upsert"].AsBoolean);
        await Assert.ThrowsAsync<ArgumentException>(() => coll.BulkUpdateAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => coll.BulkUpdateAsync([new UpdateStatement(new BsonDocument("_id", 1), 5)]));
    }
}
