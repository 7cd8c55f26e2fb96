using System.Net.WebSockets;
using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>graphql-transport-ws through a raw ClientWebSocket: every message type and close code.</summary>
public sealed class TransportWsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestHost _host = fixture.Host;

    private static string Subscribe(string id, string query, string variables = "{}") =>
        JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query, variables = JsonDocument.Parse(variables).RootElement } });

    [Fact]
    public async Task Init_is_acknowledged_with_the_providers_payload()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        var ack = await ws.InitAsync();
        Assert.Equal("test", ack.GetProperty("payload").GetProperty("server").GetString());
    }

    [Fact]
    public async Task Ping_gets_pong_with_the_same_payload_before_and_after_init()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.SendAsync("""{"type":"ping","payload":{"t":1}}""");
        var pong = await ws.ReceiveAsync();
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(1, pong.GetProperty("payload").GetProperty("t").GetInt32());
        await ws.InitAsync();
        await ws.SendAsync("""{"type":"pong"}""");
        await ws.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_query_over_subscribe_gets_next_then_complete_with_the_connection_context()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync("""{"user":"bob"}""");
        await ws.SendAsync(Subscribe("q1", "query($n: String) { hello(name: $n) whoami }", """{"n":"Ws"}"""));
        var next = await ws.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("q1", next.GetProperty("id").GetString());
        var data = next.GetProperty("payload").GetProperty("data");
        Assert.Equal("Hello, Ws!", data.GetProperty("hello").GetString());
        Assert.Equal("bob", data.GetProperty("whoami").GetString());
        var complete = await ws.ReceiveAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Resolvers_get_the_request_services_and_the_upgrade_http_context()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("t", "{ transport }"));
        Assert.Equal("websocket", (await ws.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("transport").GetString());
    }

    [Fact]
    public async Task A_mutation_over_subscribe_runs()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("m", "mutation { increment(by: 2) }"));
        var next = await ws.ReceiveAsync();
        Assert.True(next.GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32() >= 2);
        Assert.Equal("complete", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_subscription_streams_every_event_in_order_then_completes()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("s", "subscription { ticks(topic: \"order\") { n topic } }"));
        await _host.Events.WaitForSubscribersAsync("order", 1);
        for (var i = 1; i <= 5; i++) _host.Events.Publish("order", i);
        _host.Events.Complete("order");
        for (var i = 1; i <= 5; i++)
        {
            var next = await ws.ReceiveAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetProperty("n").GetInt32());
        }
        Assert.Equal("complete", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Client_complete_cancels_the_stream_and_frees_the_id()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("c", "subscription { ticks(topic: \"cancel\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("cancel", 1);
        await ws.SendAsync("""{"id":"c","type":"complete"}""");
        await _host.Events.WaitForSubscribersAsync("cancel", 0);
        await ws.SendAsync(Subscribe("c", "{ hello }"));
        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Validation_errors_come_as_an_error_message_and_the_connection_stays()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("v", "{ nope }"));
        var error = await ws.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await ws.SendAsync(Subscribe("v", "{ hello }"));
        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Variable_errors_of_a_subscription_come_as_next_without_data_then_complete()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("e", "subscription($t: String!) { ticks(topic: $t) { n } }"));
        var next = await ws.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.False(next.GetProperty("payload").TryGetProperty("data", out _));
        Assert.Equal("complete", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_failing_event_source_gets_an_internal_error_for_that_id_and_the_connection_stays()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("f", "subscription { ticks(topic: \"broken\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("broken", 1);
        _host.Events.Publish("broken", 1);
        _host.Events.Publish("broken", -1);
        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
        var error = await ws.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("f", error.GetProperty("id").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("broke", error.GetRawText(), StringComparison.Ordinal);
        await ws.SendAsync(Subscribe("f", "{ hello }"));
        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("not json", 4400)]
    [InlineData("[]", 4400)]
    [InlineData("""{"type":"nonsense"}""", 4400)]
    [InlineData("""{"type":1}""", 4400)]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", 4400)]
    [InlineData("""{"type":"connection_init","payload":"str"}""", 4400)]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }"}}""", 4401)]
    [InlineData("""{"type":"connection_init","payload":{"user":"intruder"}}""", 4403)]
    public async Task Bad_first_messages_close_with_their_code(string message, int code)
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.SendAsync(message);
        Assert.Equal(code, await ws.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""", 4400)]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", 4400)]
    [InlineData("""{"type":"complete"}""", 4400)]
    [InlineData("""{"type":"connection_init"}""", 4429)]
    public async Task Bad_messages_after_init_close_with_their_code(string message, int code)
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(message);
        Assert.Equal(code, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_rejected_init_names_the_reason()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.SendAsync("""{"type":"connection_init","payload":{"user":"intruder"}}""");
        Assert.Equal(4403, await ws.ReceiveCloseAsync());
        Assert.Equal("Forbidden: intruders are not welcome", ws.CloseReason);
    }

    [Fact]
    public async Task A_duplicate_running_id_closes_with_4409()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("d", "subscription { ticks(topic: \"dup\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("dup", 1);
        await ws.SendAsync(Subscribe("d", "subscription { ticks(topic: \"dup\") { n } }"));
        Assert.Equal(4409, await ws.ReceiveCloseAsync());
        Assert.Equal("Subscriber for d already exists", ws.CloseReason);
        await _host.Events.WaitForSubscribersAsync("dup", 0);
    }

    [Fact]
    public async Task A_binary_message_closes_with_4400()
    {
        await using var ws = await RawSocket.ConnectAsync(_host);
        await ws.SendAsync([1, 2, 3], WebSocketMessageType.Binary);
        Assert.Equal(4400, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Closing_the_connection_cancels_all_its_streams()
    {
        var ws = await RawSocket.ConnectAsync(_host);
        await ws.InitAsync();
        await ws.SendAsync(Subscribe("a", "subscription { ticks(topic: \"gone\") { n } }"));
        await ws.SendAsync(Subscribe("b", "subscription { ticks(topic: \"gone\") { n } }"));
        await _host.Events.WaitForSubscribersAsync("gone", 2);
        ws.Abort();
        await ws.DisposeAsync();
        await _host.Events.WaitForSubscribersAsync("gone", 0);
    }

    [Fact]
    public async Task An_unknown_sub_protocol_is_refused()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("mqtt");
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(_host.WebSocket, CancellationToken.None));
    }
}
