using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Core;

public sealed class TopologyTests
{
    private static BsonDocument NotPrimary() => new()
    {
        { "ok", 0.0 }, { "errmsg", "not primary" }, { "code", 10107 }, { "codeName", "NotWritablePrimary" },
    };

    private static MongoCollection Collection(MongoClient client) => client.GetDatabase("studygraph").GetCollection("sessions");

    [Fact]
    public async Task NotWritablePrimary_makes_the_client_rediscover_and_retry_the_write_once_with_the_same_txnNumber()
    {
        var failed = 0;
        await using var server = new CaptureServer(cmd => cmd.Name == "insert" && Interlocked.Exchange(ref failed, 1) == 0 ? NotPrimary() : null);
        await using (var client = new MongoClient($"mongodb://{server.Address}/?replicaSet=rs0&serverSelectionTimeoutMS=5000"))
        {
            await Collection(client).InsertOneAsync(new BsonDocument("_id", "s1"));
        }
        var names = server.Commands.Select(c => c.Name).ToList();
        var inserts = server.Commands.Where(c => c.Name == "insert").ToList();
        Assert.Equal(2, inserts.Count);
        Assert.Equal(inserts[0].Body["txnNumber"], inserts[1].Body["txnNumber"]);
        Assert.Equal(inserts[0].Body["lsid"], inserts[1].Body["lsid"]);
        var firstInsert = names.IndexOf("insert");
        Assert.Contains("hello", names.Skip(firstInsert + 1).TakeWhile(n => n != "insert"));
        Assert.False(inserts[0].Body.Contains("$readPreference")); // replica set topology: primary is the default, not sent
    }

    [Fact]
    public async Task A_network_error_clears_the_pool_and_the_retry_uses_a_new_connection()
    {
        var failed = 0;
        await using var server = new CaptureServer(cmd =>
            cmd.Name == "update" && Interlocked.Exchange(ref failed, 1) == 0 ? new BsonDocument(CaptureServer.CloseConnection, true) : null);
        await using (var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true"))
        {
            var result = await Collection(client).UpdateOneAsync(new BsonDocument("_id", "s1"), new BsonDocument("$inc", new BsonDocument("version", 1)));
            Assert.Equal(1, result.MatchedCount);
        }
        var updates = server.Commands.Where(c => c.Name == "update").ToList();
        Assert.Equal(2, updates.Count);
        Assert.NotEqual(updates[0].ConnectionId, updates[1].ConnectionId);
        Assert.Equal(updates[0].Body["txnNumber"], updates[1].Body["txnNumber"]);
    }

    [Fact]
    public async Task Reads_are_retried_once_and_a_second_failure_surfaces()
    {
        var finds = 0;
        await using var server = new CaptureServer(cmd => cmd.Name == "find" && Interlocked.Increment(ref finds) <= 2 ? NotPrimary() : null);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&serverSelectionTimeoutMS=2000");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => Collection(client).FindListAsync(new BsonDocument()));
        Assert.Equal(10107, ex.Code);
        Assert.Equal("NotWritablePrimary", ex.CodeName);
        Assert.Equal(2, finds);
        Assert.Equal(3, (await Collection(client).FindListAsync(new BsonDocument())).Count);
    }

    [Fact]
    public async Task Multi_document_writes_are_not_retried()
    {
        await using var server = new CaptureServer(cmd => cmd.Name == "update" ? NotPrimary() : null);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        await Assert.ThrowsAsync<MongoCommandException>(() =>
            Collection(client).UpdateManyAsync(new BsonDocument(), new BsonDocument("$set", new BsonDocument("a", 1))));
        Assert.Single(server.Commands, c => c.Name == "update");
        Assert.DoesNotContain(server.Commands, c => c.Name == "update" && c.Body.Contains("txnNumber"));
    }

    [Fact]
    public async Task The_primary_is_found_through_a_secondarys_host_list()
    {
        await using var primary = new CaptureServer();
        string? primaryAddress = null;
        await using var secondary = new CaptureServer(cmd => cmd.Name is "hello" or "isMaster"
            ? Hello(cmd, writable: false, primaryAddress!)
            : new BsonDocument { { "ok", 0.0 }, { "code", 10107 }, { "codeName", "NotWritablePrimary" }, { "errmsg", "secondary" } });
        primaryAddress = primary.Address;
        await using (var client = new MongoClient($"mongodb://{secondary.Address}/?replicaSet=rs0&serverSelectionTimeoutMS=5000"))
        {
            await Collection(client).InsertOneAsync(new BsonDocument("_id", 1));
        }
        Assert.Single(primary.Commands, c => c.Name == "insert");
        Assert.DoesNotContain(secondary.Commands, c => c.Name == "insert");
    }

    [Fact]
    public async Task No_primary_ends_in_a_server_selection_timeout()
    {
        string? self = null;
        await using var secondary = new CaptureServer(cmd => cmd.Name == "hello" ? Hello(cmd, writable: false, null, self) : null);
        self = secondary.Address;
        await using var client = new MongoClient($"mongodb://{secondary.Address}/?replicaSet=rs0&serverSelectionTimeoutMS=300");
        var ex = await Assert.ThrowsAsync<MongoTimeoutException>(() => Collection(client).InsertOneAsync(new BsonDocument("_id", 1)));
        Assert.Contains("No writable primary found within serverSelectionTimeoutMS (300 ms)", ex.Message);
        Assert.Contains("not a writable primary", ex.Message);
    }

    [Fact]
    public async Task A_wrong_replica_set_name_is_refused_on_a_direct_connection()
    {
        await using var server = new CaptureServer();
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&replicaSet=other");
        var ex = await Assert.ThrowsAsync<MongoConfigurationException>(() => Collection(client).InsertOneAsync(new BsonDocument("_id", 1)));
        Assert.Contains("not 'other'", ex.Message);
    }

    private static BsonDocument Hello(CapturedCommand cmd, bool writable, string? primary, string? me = null)
    {
        me ??= "127.0.0.1:1";
        var hello = CannedReplies.Hello(me, cmd.ConnectionId, writable);
        hello.Set("hosts", primary is null ? new BsonArray { me } : new BsonArray { primary });
        if (primary is null) hello.Remove("primary");
        else hello.Set("primary", primary);
        return hello;
    }
}
