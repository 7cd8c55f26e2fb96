using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Scram_sha256_conversation_runs_over_the_wire_with_percent_decoded_credentials()
    {
        var scram = new ScramServer("app@corp", "pa:ss");
        await using var server = new CaptureServer(scram.Handle);
        await using (var client = new MongoClient($"mongodb://app%40corp:pa%3Ass@{server.Address}/studygraph?directConnection=true&authMechanism=SCRAM-SHA-256&authSource=admin"))
        {
            await client.RunCommandAsync("studygraph", new BsonDocument("ping", 1));
        }
        Assert.True(scram.Authenticated);
        var start = server.Commands.First(c => c.Name == "saslStart").Body;
        Assert.Equal("admin", start["$db"].AsString);
        Assert.True(start["options"].AsDocument["skipEmptyExchange"].AsBoolean);
        var names = server.Commands.Select(c => c.Name).ToList();
        Assert.True(names.IndexOf("saslStart") < names.IndexOf("ping"));
    }

    [Fact]
    public async Task A_wrong_password_fails_with_the_server_code()
    {
        var scram = new ScramServer("user", "right");
        await using var server = new CaptureServer(scram.Handle);
        await using var client = new MongoClient($"mongodb://user:wrong@{server.Address}/?directConnection=true&authMechanism=SCRAM-SHA-256&serverSelectionTimeoutMS=300");
        var ex = await Assert.ThrowsAnyAsync<MongoException>(() => client.RunCommandAsync("admin", new BsonDocument("ping", 1)));
        Assert.Contains("Authentication failed", ex.Message);
        Assert.DoesNotContain(server.Commands, c => c.Name == "ping");
    }
}
