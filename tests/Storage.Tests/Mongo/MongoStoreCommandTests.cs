using CultureInfo = System.Globalization.CultureInfo;
using System.Text.Json;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Tests.Support;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Mongo;
using StudyGraph.Storage.Tests.Mongo.Support;
using StudyGraph.Testing;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>
/// Without a server: the capture server records the commands our store sends for every store operation, and the
/// official Node driver performs the same operations (tests/oracle/mongo/store-driver.js); the commands must be
/// equal apart from lsid, txnNumber and $clusterTime values.
/// </summary>
public sealed class MongoStoreCommandTests
{
    private const string Database = "studygraph_cmp";

    private static readonly CollectionDefinition Things = new("things", [["group"], ["group", "rank"]], [["email"]]);

    /// <summary>Canned finds in the stored layout, the same for both clients so they take the same paths.</summary>
    private static BsonDocument? StoredLayoutReplies(CapturedCommand cmd)
    {
        if (cmd.Name != "find") return null;
        var versionOnly = cmd.Body.TryGetDocument("projection", out var p) && p.Contains("v");
        var docs = new BsonArray();
        if (versionOnly)
        {
            docs.Add(new BsonDocument { { "_id", "a" }, { "v", 1 } });
        }
        else
        {
            docs.Add(new BsonDocument { { "_id", "a" }, { "d", new BsonDocument { { "id", "a" }, { "group", "g1" }, { "rank", 3 }, { "name", "Alpha" } } } });
            docs.Add(new BsonDocument { { "_id", "b" }, { "d", new BsonDocument { { "id", "b" }, { "group", "g1" }, { "rank", 1 }, { "name", "Bravo" } } } });
        }
        var ns = cmd.Body["$db"].AsString + "." + cmd.Body["find"].AsString;
        return new BsonDocument
        {
            { "cursor", new BsonDocument { { "firstBatch", docs }, { "id", 0L }, { "ns", ns } } },
            { "ok", 1.0 },
        };
    }

    private static async Task<StoreScript> RunOperationsAsync(IDocumentStore store)
    {
        var s = new StoreScript(store);
        await s.OpenAsync(Things);
        await s.OpenAsync(new CollectionDefinition("plain", []));
        Assert.True(await s.InsertAsync("things", "a", new { id = "a", group = "g1", rank = 3, name = "Alpha", score = 1.5, tags = new[] { "x" }, email = "a@x" }));
        Assert.NotNull(await s.GetAsync("things", "a"));
        Assert.Equal(2, (await s.GetManyAsync("things", "a", "b", "zz")).Count);
        Assert.Equal(1, await s.GetVersionAsync("things", "a"));
        await s.UpsertManyAsync("things",
            ("b", new { id = "b", group = "g1", rank = 1, big = 5_000_000_000L, email = "b@x" }),
            ("c", new { id = "c", group = (string?)null, nested = new { deep = new[] { 1, 2 } }, email = "c@x" }));
        Assert.True(await s.ReplaceAsync("things", "a", new { id = "a", group = "g2", email = "a@x" }, expectedVersion: 1));
        Assert.True(await s.ReplaceAsync("things", "a", new { id = "a", group = "g3" }, expectedVersion: 3_000_000_000L));
        await s.UpdateAsync("plain", "s", [FieldUpdate.Inc("answered", 1L), FieldUpdate.Inc("time", 0.5), FieldUpdate.Max("hi", 5L),
            FieldUpdate.Min("lo", 3L), FieldUpdate.Set("flag", true), FieldUpdate.Set("nested.name", "$n1")], new { id = "s", answered = 0, label = "seeded" });

        var where = DocumentFilter.And(DocumentFilter.Eq("group", "g1"), DocumentFilter.Field("name", FilterOperator.StartsWith, "A.b"));
        SortKey[] order = [SortKey.Asc("group"), SortKey.Desc("rank")];
        var first = await s.FindAsync("things", new DocumentQuery { Where = where, Order = order, Limit = 1 });
        Assert.True(first.HasNextPage);
        var second = await s.FindAsync("things", new DocumentQuery { Where = where, Order = order, Limit = 1, After = first.Cursors[^1] });
        Assert.True(second.HasPreviousPage);
        var last = await s.FindAsync("things", new DocumentQuery { Order = order, Limit = 1, FromEnd = true });
        Assert.True(last.HasPreviousPage);
        await s.FindAsync("things", new DocumentQuery { Order = order, Limit = 5, FromEnd = true, Before = last.Cursors[0] });
        await s.FindAsync("things", new DocumentQuery { Limit = 10, After = first.Cursors[0], Before = last.Cursors[0], Order = order });
        await s.FindAsync("things", new DocumentQuery { Where = DocumentFilter.Field("tags", FilterOperator.ArrayContains, "x"), Limit = 100 });

        Assert.Equal(3, await s.CountAsync("things", DocumentFilter.Or(DocumentFilter.Field("rank", FilterOperator.In, new[] { 1, 3 }), DocumentFilter.Field("name", FilterOperator.Contains, "(x)"))));
        Assert.Equal(3, await s.CountAsync("things", null));
        Assert.True(await s.DeleteAsync("things", "a"));
        Assert.Equal(1, await s.DeleteManyAsync("things", DocumentFilter.Field("group", FilterOperator.Nin, new[] { "g1" })));
        return s;
    }

    [Fact]
    public async Task Our_store_sends_the_commands_the_official_driver_sends()
    {
        await using var oursServer = new CaptureServer(StoredLayoutReplies);
        StoreScript script;
        await using (var store = await MongoDocumentStore.OpenAsync(new MongoStoreOptions
        {
            ConnectionString = $"mongodb://127.0.0.1:{oursServer.Port}/{Database}?directConnection=true&serverSelectionTimeoutMS=5000",
        }))
        {
            script = await RunOperationsAsync(store);
        }
        var ours = CommandNormalizer.Normalize(oursServer.Commands);

        await using var theirsServer = new CaptureServer(StoredLayoutReplies);
        var results = NodeOracle.Run("mongo/store-driver.js", script.Operations.ToJsonString(), TimeSpan.FromMinutes(2),
            theirsServer.Port.ToString(CultureInfo.InvariantCulture), Database);
        Assert.Equal(script.Operations.Count, JsonDocument.Parse(results).RootElement.GetArrayLength());
        var theirs = CommandNormalizer.Normalize(theirsServer.Commands);

        var names = oursServer.Commands.Select(c => c.Name).Distinct().ToHashSet();
        string[] required = ["createIndexes", "insert", "find", "update", "aggregate", "delete", "endSessions"];
        Assert.All(required, r => Assert.Contains(r, names));
        Assert.True(ours.Count >= 20, $"the store sent only {ours.Count} commands");
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
    public async Task Open_runs_ping_then_one_createIndexes_per_collection_with_indexes_in_the_database_of_the_uri()
    {
        await using var server = new CaptureServer();
        await using (var store = await MongoDocumentStore.OpenAsync(new MongoStoreOptions { ConnectionString = $"mongodb://127.0.0.1:{server.Port}/fromuri?directConnection=true" }))
        {
            await store.OpenAsync(Things);
            await store.OpenAsync(new CollectionDefinition("plain", []));
            Assert.True(await store.PingAsync());
        }
        var commands = server.Commands.Where(c => c.Name is not ("hello" or "ismaster" or "endSessions")).ToList();
        Assert.Equal(["ping", "createIndexes", "ping"], commands.Select(c => c.Name));
        var create = commands[1].Body;
        Assert.Equal("fromuri", create["$db"].AsString);
        Assert.Equal("things", create["createIndexes"].AsString);
        Assert.Equal(["d.group_1__id_1", "d.group_1_d.rank_1__id_1", "d.email_1"], create["indexes"].AsArray.Select(i => i.AsDocument["name"].AsString));
    }

    [Theory]
    [InlineData("", null, "Storage:Mongo:ConnectionString")]
    [InlineData("mongodb+srv://cluster.example.com/db", null, "Storage:Mongo:ConnectionString")]
    [InlineData("http://localhost", null, "Storage:Mongo:ConnectionString")]
    [InlineData("mongodb://localhost:27017/", "bad.name", "Storage:Mongo:Database")]
    public async Task Invalid_settings_stop_opening_with_a_message_that_names_the_setting(string uri, string? database, string setting)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => MongoDocumentStore.OpenAsync(new MongoStoreOptions { ConnectionString = uri, Database = database }));
        Assert.Contains(setting, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_defaults_to_studygraph_and_ping_reports_a_refusing_server_as_not_ready()
    {
        var refuse = false;
        await using var server = new CaptureServer(cmd => refuse && cmd.Name == "ping"
            ? new BsonDocument { { "ok", 0.0 }, { "errmsg", "not authorized" }, { "code", 13 }, { "codeName", "Unauthorized" } }
            : null);
        await using var store = await MongoDocumentStore.OpenAsync(new MongoStoreOptions { ConnectionString = $"mongodb://127.0.0.1:{server.Port}/?directConnection=true" });
        Assert.Equal("studygraph", store.Database.Name);
        Assert.True(await store.PingAsync());
        refuse = true;
        Assert.False(await store.PingAsync());
    }

    [Fact]
    public async Task A_duplicate_id_on_insert_is_false_and_another_unique_index_is_a_DuplicateKeyException()
    {
        static BsonDocument DuplicateOn(string index) => new()
        {
            { "n", 0 },
            { "writeErrors", new BsonArray { new BsonDocument { { "index", 0 }, { "code", 11000 }, { "errmsg", $"E11000 duplicate key error collection: studygraph.things index: {index} dup key: {{ x: \"k\" }}" } } } },
            { "ok", 1.0 },
        };
        var index = "_id_";
        await using var server = new CaptureServer(cmd => cmd.Name is "insert" or "update" ? DuplicateOn(index) : null);
        await using var store = await MongoDocumentStore.OpenAsync(new MongoStoreOptions { ConnectionString = $"mongodb://127.0.0.1:{server.Port}/?directConnection=true" });
        var c = await store.OpenAsync(new CollectionDefinition("things", []));
        Assert.False(await c.InsertAsync("k", "{\"id\":\"k\"}"u8.ToArray()));
        index = "d.email_1";
        var e = await Assert.ThrowsAsync<DuplicateKeyException>(async () => await c.InsertAsync("k", "{\"id\":\"k\"}"u8.ToArray()));
        Assert.Equal("things", e.Collection);
        await Assert.ThrowsAsync<DuplicateKeyException>(async () => await c.ReplaceAsync("k", "{\"id\":\"k\"}"u8.ToArray(), 1));
        await Assert.ThrowsAsync<DuplicateKeyException>(async () => await c.UpdateAsync("k", [FieldUpdate.Inc("n", 1L)], "{}"u8.ToArray()));
        // A racing upsert that lost on _id is retried (three attempts) before it gives up.
        index = "_id_";
        var before = server.Commands.Count(x => x.Name == "update");
        await Assert.ThrowsAsync<DuplicateKeyException>(async () => await c.UpdateAsync("k", [FieldUpdate.Inc("n", 1L)], "{}"u8.ToArray()));
        Assert.Equal(3, server.Commands.Count(x => x.Name == "update") - before);
    }
}
