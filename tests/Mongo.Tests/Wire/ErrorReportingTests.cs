using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class ErrorReportingTests
{
    [Fact]
    public async Task Write_errors_carry_the_server_code_and_statement_index()
    {
        await using var server = new CaptureServer(cmd => cmd.Name == "insert"
            ? new BsonDocument
            {
                { "n", 1 },
                { "writeErrors", new BsonArray { new BsonDocument { { "index", 1 }, { "code", 11000 }, { "codeName", "DuplicateKey" }, { "errmsg", "E11000 duplicate key error collection: studygraph.users index: email_1" } } } },
                { "ok", 1.0 },
            }
            : null);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var users = client.GetDatabase("studygraph").GetCollection("users");
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => users.InsertManyAsync([new BsonDocument("_id", 1), new BsonDocument("_id", 2)]));
        Assert.True(ex.IsDuplicateKey);
        Assert.Equal(11000, ex.Code);
        Assert.Equal(1, ex.WriteErrors[0].Index);
        Assert.Equal("DuplicateKey", ex.WriteErrors[0].CodeName);
        Assert.Contains("E11000", ex.Message);
        Assert.Single(server.Commands, c => c.Name == "insert"); // write errors are not retried
    }

    [Fact]
    public async Task Write_concern_errors_are_reported()
    {
        await using var server = new CaptureServer(cmd => cmd.Name == "delete"
            ? new BsonDocument { { "n", 1 }, { "writeConcernError", new BsonDocument { { "code", 64 }, { "codeName", "WriteConcernFailed" }, { "errmsg", "waiting for replication timed out" } } }, { "ok", 1.0 } }
            : null);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&wtimeoutMS=100");
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => client.GetDatabase("d").GetCollection("c").DeleteManyAsync(new BsonDocument()));
        Assert.Equal(64, ex.WriteConcernError!.Code);
        Assert.Equal("WriteConcernFailed", ex.WriteConcernError.CodeName);
        Assert.Equal(new BsonDocument { { "w", "majority" }, { "wtimeout", 100 } }, server.Commands.Single(c => c.Name == "delete").Body["writeConcern"].AsDocument);
    }

    [Fact]
    public async Task Command_errors_carry_code_codeName_and_labels()
    {
        await using var server = new CaptureServer(cmd => cmd.Name == "createIndexes"
            ? new BsonDocument { { "ok", 0.0 }, { "errmsg", "not authorized" }, { "code", 13 }, { "codeName", "Unauthorized" }, { "errorLabels", new BsonArray { "SomeLabel" } } }
            : null);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            client.GetDatabase("d").GetCollection("c").CreateIndexesAsync([new CreateIndexModel(new BsonDocument("a", 1))]));
        Assert.Equal(13, ex.Code);
        Assert.Equal("Unauthorized", ex.CodeName);
        Assert.Equal("createIndexes", ex.CommandName);
        Assert.True(ex.HasErrorLabel("SomeLabel"));
        Assert.Equal("Command createIndexes failed: not authorized (code 13, Unauthorized)", ex.Message);
    }

    [Fact]
    public async Task The_handshake_sends_hello_with_client_metadata_and_helloOk()
    {
        await using var server = new CaptureServer();
        await using (var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&appName=StudyGraph"))
        {
            await client.RunCommandAsync("admin", new BsonDocument("ping", 1));
        }
        var hello = server.Commands.First(c => c.Name == "hello").Body;
        Assert.True(hello["helloOk"].AsBoolean);
        Assert.Equal("admin", hello["$db"].AsString);
        var metadata = hello["client"].AsDocument;
        Assert.Equal("studygraph", metadata["driver"].AsDocument["name"].AsString);
        Assert.Equal("StudyGraph", metadata["application"].AsDocument["name"].AsString);
        Assert.True(metadata["os"].AsDocument.Contains("type"));
        Assert.Contains(".NET", metadata["platform"].AsString);
    }
}
