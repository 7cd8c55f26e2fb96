using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class CursorAndBatchTests
{
    [Fact]
    public async Task A_limit_caps_getMore_batch_sizes_and_kills_the_cursor_when_reached()
    {
        long id = 0;
        await using var server = new CaptureServer(cmd => cmd.Name switch
        {
            "find" => Reply("firstBatch", 2, id = 555),
            "getMore" => Reply("nextBatch", (int)cmd.Body["batchSize"].ToInt64(), id),
            _ => null,
        });
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var docs = await client.GetDatabase("d").GetCollection("c").FindListAsync(new BsonDocument(), new FindOptions { Limit = 5, BatchSize = 2 });
        Assert.Equal(5, docs.Count);
        var getMores = server.Commands.Where(c => c.Name == "getMore").Select(c => c.Body["batchSize"].ToInt64()).ToList();
        Assert.Equal([2L, 1L], getMores);
        var kill = server.Commands.Single(c => c.Name == "killCursors").Body;
        Assert.Equal(555L, kill["cursors"].AsArray[0].AsInt64);
        Assert.Equal(BsonType.Int64, server.Commands.First(c => c.Name == "getMore").Body["getMore"].Type);
        var sessions = server.Commands.Where(c => c.Name is "find" or "getMore" or "killCursors").Select(c => c.Body["lsid"]).Distinct().Count();
        Assert.Equal(1, sessions);
    }

    [Fact]
    public async Task Equal_limit_and_batch_size_ask_for_one_more_so_the_cursor_closes()
    {
        await using var server = new CaptureServer();
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        await client.GetDatabase("d").GetCollection("c").FindListAsync(new BsonDocument(), new FindOptions { Limit = 2, BatchSize = 2 });
        var find = server.Commands.Single(c => c.Name == "find").Body;
        Assert.Equal(2, find["limit"].AsInt32);
        Assert.Equal(3, find["batchSize"].AsInt32);
    }

    [Fact]
    public async Task Inserts_split_into_batches_of_the_servers_maxWriteBatchSize_and_report_global_indexes()
    {
        var inserts = 0;
        await using var server = new CaptureServer(cmd =>
        {
            if (cmd.Name == "hello")
            {
                var h = CannedReplies.Hello("127.0.0.1:1", cmd.ConnectionId);
                h.Set("maxWriteBatchSize", 2);
                return h;
            }
            if (cmd.Name == "insert" && Interlocked.Increment(ref inserts) == 2)
            {
                return new BsonDocument
                {
                    { "n", 1 },
                    { "writeErrors", new BsonArray { new BsonDocument { { "index", 1 }, { "code", 11000 }, { "errmsg", "dup" } } } },
                    { "ok", 1 },
                };
            }
            return null;
        });
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var docs = Enumerable.Range(0, 5).Select(i => new BsonDocument("_id", i)).ToList();
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => client.GetDatabase("d").GetCollection("c").InsertManyAsync(docs, ordered: false));
        Assert.Equal(3, inserts);
        Assert.Equal(3, ex.WriteErrors[0].Index); // index 1 of the second batch
        var sizes = server.Commands.Where(c => c.Name == "insert").Select(c => c.Body["documents"].AsArray.Count).ToList();
        Assert.Equal([2, 2, 1], sizes);
        Assert.All(server.Commands.Where(c => c.Name == "insert"), c => Assert.False(c.Body["ordered"].AsBoolean));
    }

    [Fact]
    public async Task An_ordered_insert_stops_at_the_first_failed_batch()
    {
        await using var server = new CaptureServer(cmd =>
        {
            if (cmd.Name == "hello")
            {
                var h = CannedReplies.Hello("127.0.0.1:1", cmd.ConnectionId);
                h.Set("maxWriteBatchSize", 2);
                return h;
            }
            return cmd.Name == "insert"
                ? new BsonDocument { { "n", 0 }, { "writeErrors", new BsonArray { new BsonDocument { { "index", 0 }, { "code", 11000 }, { "errmsg", "dup" } } } }, { "ok", 1 } }
                : null;
        });
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var docs = Enumerable.Range(0, 5).Select(i => new BsonDocument("_id", i)).ToList();
        await Assert.ThrowsAsync<MongoWriteException>(() => client.GetDatabase("d").GetCollection("c").InsertManyAsync(docs));
        Assert.Single(server.Commands, c => c.Name == "insert");
    }

    [Fact]
    public async Task A_document_without_an_id_gets_an_ObjectId_first()
    {
        await using var server = new CaptureServer();
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var id = await client.GetDatabase("d").GetCollection("c").InsertOneAsync(new BsonDocument("a", 1));
        var sent = server.Commands.Single(c => c.Name == "insert").Body["documents"].AsArray[0].AsDocument;
        Assert.Equal("_id", sent[0].Name);
        Assert.Equal(id, sent["_id"]);
        Assert.Equal(BsonType.ObjectId, id.Type);
    }

    private static BsonDocument Reply(string batchName, int count, long id)
    {
        var batch = new BsonArray();
        for (var i = 0; i < count; i++) batch.Add(new BsonDocument("_id", i));
        return new BsonDocument { { "cursor", new BsonDocument { { batchName, batch }, { "id", id }, { "ns", "d.c" } } }, { "ok", 1.0 } };
    }
}
