using System.Text.Json;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The reference graphql-transport-ws client (npm graphql-ws + ws) against the real Kestrel server.</summary>
public sealed class GraphQLWsClientTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task The_reference_client_receives_every_event_in_order_then_completes()
    {
        const int events = 20;
        var input = JsonSerializer.Serialize(new
        {
            url = _host.WebSocket.ToString(),
            connectionParams = new { user = "node" },
            operations = new object[]
            {
                new { id = "sub", query = "subscription($t: String!) { ticks(topic: $t) { n topic } }", variables = new { t = "node" } },
                new { id = "query", query = "{ hello whoami }" },
                new { id = "invalid", query = "{ nope }" },
            },
        });
        var node = Task.Run(() => NodeOracle.Run("transport/graphql-ws-client.js", input, TimeSpan.FromMinutes(2)));
        await _host.Events.WaitForSubscribersAsync("node", 1);
        for (var i = 1; i <= events; i++) _host.Events.Publish("node", i);
        _host.Events.Complete("node");
        using var output = JsonDocument.Parse(await node);
        var root = output.RootElement;
        Assert.Equal("test", root.GetProperty("acknowledged").GetProperty("server").GetString());
        var results = root.GetProperty("results");

        var sub = results.GetProperty("sub");
        Assert.True(sub.GetProperty("completed").GetBoolean());
        var received = sub.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("data").GetProperty("ticks").GetProperty("n").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, events), received);

        var query = results.GetProperty("query");
        Assert.True(query.GetProperty("completed").GetBoolean());
        Assert.Equal("node", query.GetProperty("events")[0].GetProperty("data").GetProperty("whoami").GetString());

        var invalid = results.GetProperty("invalid");
        Assert.False(invalid.GetProperty("completed").GetBoolean());
        Assert.Contains("nope", invalid.GetProperty("error")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
