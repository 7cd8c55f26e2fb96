using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;
using StudyGraph.Testing;

namespace StudyGraph.Mongo.Tests.Wire;

/// <summary>The official Node driver and our client perform the same operations; the capture server records both.</summary>
public sealed class DriverComparisonTests
{
    [Fact]
    public async Task Our_commands_equal_the_official_drivers_commands()
    {
        await using var theirsServer = new CaptureServer();
        await Task.Run(() => NodeOracle.Run("mongo/driver.js", "", TimeSpan.FromMinutes(2), theirsServer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var theirs = CommandNormalizer.Normalize(theirsServer.Commands);

        await using var oursServer = new CaptureServer();
        await RunOperations($"mongodb://127.0.0.1:{oursServer.Port}/?directConnection=true&serverSelectionTimeoutMS=5000");
        var ours = CommandNormalizer.Normalize(oursServer.Commands);

        Assert.True(theirs.Count >= 20, $"the driver sent only {theirs.Count} commands");
        var diff = new List<string>();
        for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            var o = i < ours.Count ? ours[i] : "<none>";
            var t = i < theirs.Count ? theirs[i] : "<none>";
            if (o != t) diff.Add($"#{i}\n  ours   {o}\n  theirs {t}");
        }
        Assert.True(diff.Count == 0, string.Join("\n", diff));
    }

    [Fact]
    public async Task Bulk_payloads_travel_as_document_sequences()
    {
        await using var server = new CaptureServer();
        await using (var client = new MongoClient($"mongodb://127.0.0.1:{server.Port}/?directConnection=true"))
        {
            var coll = client.GetDatabase("studygraph").GetCollection("questions");
            await coll.InsertManyAsync([new BsonDocument("_id", 1), new BsonDocument("_id", 2)]);
            await coll.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument("$set", new BsonDocument("a", 1)));
            await coll.DeleteOneAsync(new BsonDocument("_id", 2));
        }
        var writes = server.Commands.Where(c => c.Name is "insert" or "update" or "delete").ToList();
        Assert.Equal(3, writes.Count);
        Assert.All(writes, w => Assert.Equal(1, w.SequenceCount));
        Assert.Equal(2, writes[0].Body["documents"].AsArray.Count);
    }

    internal static async Task RunOperations(string uri)
    {
        await using var client = new MongoClient(uri);
        var coll = client.GetDatabase("studygraph").GetCollection("questions");
        await coll.InsertOneAsync(new BsonDocument { { "_id", "q1" }, { "examId", "aws-saa-c03" }, { "difficulty", 1 }, { "tags", new BsonArray { "vpc", "iam" } } });
        await coll.InsertManyAsync([
            new BsonDocument { { "_id", "q2" }, { "examId", "aws-saa-c03" }, { "difficulty", 2 }, { "weight", 0.5 } },
            new BsonDocument { { "_id", "q3" }, { "examId", "az-104" }, { "difficulty", 3 }, { "createdAt", BsonValue.FromDateTimeMilliseconds(1700000000123) } },
        ]);
        var found = await coll.FindListAsync(
            new BsonDocument { { "examId", "aws-saa-c03" }, { "difficulty", new BsonDocument("$gte", 1) } },
            new FindOptions { Sort = new BsonDocument { { "difficulty", -1 }, { "_id", 1 } }, Projection = new BsonDocument("text", 0), Limit = 10, Skip = 5 });
        Assert.Equal(3, found.Count);
        Assert.Equal(3, (await coll.FindListAsync(new BsonDocument("examId", "aws-saa-c03"), new FindOptions { BatchSize = 2 })).Count);
        await using (var cursor = await coll.FindAsync(new BsonDocument(), new FindOptions { BatchSize = 2 }))
        {
            Assert.True(await cursor.MoveNextAsync());
            Assert.Equal("q1", cursor.Current[0]["_id"].AsString);
        }
        await coll.UpdateOneAsync(new BsonDocument("_id", "q1"),
            new BsonDocument { { "$set", new BsonDocument("text", "Which service?") }, { "$inc", new BsonDocument("version", 1) } },
            new UpdateOptions { IsUpsert = true });
        await coll.UpdateOneAsync(new BsonDocument("_id", "s1"), new BsonDocument("$set", new BsonDocument("answers.$[a].flagged", true)),
            new UpdateOptions { ArrayFilters = [new BsonDocument("a.questionId", "q1")] });
        await coll.UpdateManyAsync(new BsonDocument("examId", "az-104"), new BsonDocument("$set", new BsonDocument("retired", true)));
        var after = await coll.FindOneAndUpdateAsync(new BsonDocument { { "_id", "q1" }, { "version", 1 } }, new BsonDocument("$inc", new BsonDocument("version", 1)),
            new FindOneAndUpdateOptions { ReturnDocumentAfter = true });
        Assert.Equal("q1", after!["_id"].AsString);
        Assert.Equal(1, (await coll.ReplaceOneAsync(new BsonDocument("_id", "q2"), new BsonDocument { { "examId", "aws-saa-c03" }, { "difficulty", 4 } }, upsert: true)).MatchedCount);
        var deleted = await coll.FindOneAndDeleteAsync(new BsonDocument("examId", "az-104"), new BsonDocument("difficulty", -1), new BsonDocument("_id", 1));
        Assert.Equal("q1", deleted!["_id"].AsString);
        Assert.Equal(1, (await coll.DeleteOneAsync(new BsonDocument("_id", "q3"))).DeletedCount);
        await coll.DeleteManyAsync(new BsonDocument("examId", "retired-exam"));
        await using (var agg = await coll.AggregateAsync([
            new BsonDocument("$match", new BsonDocument("examId", "aws-saa-c03")),
            new BsonDocument("$sort", new BsonDocument("difficulty", 1)),
            new BsonDocument("$limit", 5),
        ]))
        {
            Assert.Equal(2, (await agg.ToListAsync()).Count);
        }
        Assert.Equal(3, await coll.CountDocumentsAsync(new BsonDocument("examId", "aws-saa-c03")));
        var one = await coll.FindOneAsync(new BsonDocument("_id", "q1"), new FindOptions { Projection = new BsonDocument("examId", 1), SingleBatch = true });
        Assert.Equal("q1", one!["_id"].AsString);
        await coll.UpdateOneAsync(new BsonDocument("_id", "stats1"),
            [new BsonDocument("$set", new BsonDocument("n", new BsonDocument("$add", new BsonArray { new BsonDocument("$ifNull", new BsonArray { "$n", 0 }), 1 })))],
            new UpdateOptions { IsUpsert = true });
        Assert.Equal(2, (await coll.BulkUpdateAsync([
            new UpdateStatement(new BsonDocument("_id", "q1"), new BsonDocument { { "$set", new BsonDocument("d", new BsonDocument("a", 1)) }, { "$inc", new BsonDocument("v", 1) } }) { IsUpsert = true },
            new UpdateStatement(new BsonDocument("_id", "q2"), new BsonDocument { { "v", 2 }, { "d", new BsonDocument("a", 2) } }),
        ])).MatchedCount);
        var names = await coll.CreateIndexesAsync([
            new CreateIndexModel(new BsonDocument { { "examId", 1 }, { "topicId", 1 } }),
            new CreateIndexModel(new BsonDocument("email", 1)) { Unique = true },
        ]);
        Assert.Equal(["examId_1_topicId_1", "email_1"], names);
        Assert.Single(await coll.ListIndexesAsync());
        Assert.True(await coll.DropAsync());
    }
}
