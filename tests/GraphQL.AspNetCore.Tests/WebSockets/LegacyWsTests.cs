using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The legacy graphql-ws sub-protocol (subscriptions-transport-ws) through a raw ClientWebSocket.</summary>
public sealed class LegacyWsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Legacy = "graphql-ws";
    private readonly TestHost _host = fixture.Host;

    private static string Start(string id, string query) => JsonSerializer.Serialize(new { id, type = "start", payload = new { query } });

    private static string TypeOf(JsonElement message) => message.GetProperty("type").GetString()!;

    [Fact]
    public async Task Init_gets_ack_then_keep_alive()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.InitAsync();
        Assert.Equal("ka", TypeOf(await ws.ReceiveAsync(keepAlives: true)));
    }

    [Fact]
    public async Task A_query_gets_data_then_complete()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.InitAsync("""{"user":"eve"}""");
        await ws.SendAsync(Start("1", "{ hello whoami }"));
        var data = await ws.ReceiveAsync();
        Assert.Equal("data", TypeOf(data));
        Assert.Equal("eve", data.GetProperty("payload").GetProperty("data").GetProperty("whoami").GetString());
        var complete = await ws.ReceiveAsync();
        Assert.Equal("complete", TypeOf(complete));
        Assert.Equal("1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_subscription_streams_until_stop()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.InitAsync();
        await ws.SendAsync(Start("s", "subscription { ticks(topic: \"legacy\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("legacy", 1);
        _host.Events.Publish("legacy", 1);
        _host.Events.Publish("legacy", 2);
        Assert.Equal(1, (await ws.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ticks").GetProperty("n").GetInt32());
        Assert.Equal(2, (await ws.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ticks").GetProperty("n").GetInt32());
        await ws.SendAsync("""{"id":"s","type":"stop"}""");
        await _host.Events.WaitForSubscribersAsync("legacy", 0);
    }

    [Fact]
    public async Task A_start_with_a_running_id_replaces_that_operation()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.InitAsync();
        await ws.SendAsync(Start("r", "subscription { ticks(topic: \"replace-a\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("replace-a", 1);
        await ws.SendAsync(Start("r", "subscription { ticks(topic: \"replace-b\") { n topic } }"));
        await _host.Events.WaitForSubscribersAsync("replace-a", 0);
        await _host.Events.WaitForSubscribersAsync("replace-b", 1);
        _host.Events.Publish("replace-b", 9);
        var data = await ws.ReceiveAsync();
        Assert.Equal("replace-b", data.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Over_the_limit_a_start_gets_an_error_and_the_connection_stays()
    {
        await using var host = await TestHost.StartAsync(o => o.MaxSubscriptionsPerConnection = 1);
        await using var ws = await RawSocket.ConnectAsync(host, Legacy);
        await ws.InitAsync();
        await ws.SendAsync(Start("1", "subscription { ticks(topic: \"legacy-limit\") { n } }"));
        await host.Events.WaitForSubscribersAsync("legacy-limit", 1);
        await ws.SendAsync(Start("2", "{ hello }"));
        var error = await ws.ReceiveAsync();
        Assert.Equal("error", TypeOf(error));
        Assert.Equal("2", error.GetProperty("id").GetString());
        Assert.Contains("Too many operations", error.GetProperty("payload").GetProperty("message").GetString(), StringComparison.Ordinal);
        await ws.SendAsync("{\"id\":\"1\",\"type\":\"stop\"}");
        await host.Events.WaitForSubscribersAsync("legacy-limit", 0);
        await ws.SendAsync(Start("3", "{ hello }"));
        Assert.Equal("data", TypeOf(await ws.ReceiveAsync()));
    }

    [Fact]
    public async Task An_invalid_query_gets_data_with_errors_then_complete()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.InitAsync();
        await ws.SendAsync(Start("bad", "{ nope }"));
        var data = await ws.ReceiveAsync();
        Assert.Equal("data", TypeOf(data));
        Assert.Contains("nope", data.GetProperty("payload").GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("complete", TypeOf(await ws.ReceiveAsync()));
    }

    [Fact]
    public async Task Bad_messages_get_error_and_the_connection_stays()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.SendAsync("not json");
        Assert.Equal("error", TypeOf(await ws.ReceiveAsync()));
        await ws.SendAsync(Start("early", "{ hello }"));
        var early = await ws.ReceiveAsync();
        Assert.Equal("error", TypeOf(early));
        Assert.Equal("early", early.GetProperty("id").GetString());
        await ws.InitAsync();
        await ws.SendAsync("""{"type":"what"}""");
        Assert.Equal("Invalid message type!", (await ws.ReceiveAsync()).GetProperty("payload").GetProperty("message").GetString());
        await ws.SendAsync("""{"id":"p","type":"start","payload":{"query":5}}""");
        Assert.Equal("error", TypeOf(await ws.ReceiveAsync()));
        await ws.SendAsync(Start("ok", "{ hello }"));
        Assert.Equal("data", TypeOf(await ws.ReceiveAsync()));
    }

    [Fact]
    public async Task A_rejected_init_gets_connection_error_then_close()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.SendAsync("""{"type":"connection_init","payload":{"user":"intruder"}}""");
        var error = await ws.ReceiveAsync();
        Assert.Equal("connection_error", TypeOf(error));
        Assert.Equal("intruders are not welcome", error.GetProperty("payload").GetProperty("message").GetString());
        Assert.Equal(4403, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Connection_terminate_closes_and_cancels_streams()
    {
        await using var ws = await RawSocket.ConnectAsync(_host, Legacy);
        await ws.InitAsync();
        await ws.SendAsync(Start("t", "subscription { ticks(topic: \"terminate\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("terminate", 1);
        await ws.SendAsync("""{"type":"connection_terminate"}""");
        Assert.Equal(1000, await ws.ReceiveCloseAsync());
        await _host.Events.WaitForSubscribersAsync("terminate", 0);
    }
}
