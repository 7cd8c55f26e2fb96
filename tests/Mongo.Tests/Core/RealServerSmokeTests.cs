using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Testing;

namespace StudyGraph.Mongo.Tests.Core;

public sealed class RealServerSmokeTests
{
    [RequiresEnvFact("MONGODB_URI", "no MongoDB server can be installed on this machine; set it to run against a real server")]
    public async Task Connect_insert_find_drop_against_a_real_server()
    {
        await using var client = new MongoClient(Environment.GetEnvironmentVariable("MONGODB_URI")!);
        var coll = client.GetDatabase("studygraph_smoke").GetCollection("smoke_" + Guid.NewGuid().ToString("N"));
        try
        {
            var id = ObjectId.GenerateNewId();
            await coll.InsertOneAsync(new BsonDocument { { "_id", id }, { "text", "héllo 😀" }, { "n", 42L }, { "d", Decimal128.Parse("1.50") } });
            var found = await coll.FindOneAsync(new BsonDocument("_id", id));
            Assert.NotNull(found);
            Assert.Equal("héllo 😀", found!["text"].AsString);
            Assert.Equal(42L, found["n"].AsInt64);
            Assert.Equal("1.50", found["d"].AsDecimal128.ToString());
            var updated = await coll.UpdateOneAsync(new BsonDocument("_id", id), new BsonDocument("$inc", new BsonDocument("n", 1)));
            Assert.Equal(1, updated.ModifiedCount);
            Assert.Equal(1, await coll.CountDocumentsAsync(new BsonDocument()));
        }
        finally
        {
            Assert.True(await coll.DropAsync());
        }
    }
}
