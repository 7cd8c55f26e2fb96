using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Core;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_operations_share_a_bounded_pool_and_distinct_transaction_numbers()
    {
        await using var server = new CaptureServer();
        await using (var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&maxPoolSize=3"))
        {
            var coll = client.GetDatabase("d").GetCollection("c");
            await Task.WhenAll(Enumerable.Range(0, 40).Select(i => coll.InsertOneAsync(new BsonDocument("_id", i))));
        }
        Assert.InRange(server.ConnectionCount, 1, 3);
        var inserts = server.Commands.Where(c => c.Name == "insert").ToList();
        Assert.Equal(40, inserts.Count);
        var pairs = inserts.Select(c => (c.Body["lsid"].ToString(), c.Body["txnNumber"].AsInt64)).ToList();
        Assert.Equal(40, pairs.Distinct().Count()); // no (session, txnNumber) is used twice
        Assert.Equal(Enumerable.Range(0, 40), inserts.Select(c => c.Body["documents"].AsArray[0].AsDocument["_id"].AsInt32).Order());
    }
}
