using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Timeouts, keep-alive and limits, each on a server with its own options.</summary>
public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await TestHost.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var ws = await RawSocket.ConnectAsync(host);
        Assert.Equal(4408, await ws.ReceiveCloseAsync());
        Assert.Equal("Connection initialisation timeout", ws.CloseReason);
    }

    [Fact]
    public async Task The_server_pings_and_accepts_pong()
    {
        await using var host = await TestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using var ws = await RawSocket.ConnectAsync(host);
        await ws.InitAsync();
        var ping = await ws.ReceiveAsync(keepAlives: true);
        Assert.Equal("ping", ping.GetProperty("type").GetString());
        await ws.SendAsync("""{"type":"pong"}""");
        await ws.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Over_the_subscription_limit_the_operation_gets_an_error_and_the_connection_stays()
    {
        await using var host = await TestHost.StartAsync(o => o.MaxSubscriptionsPerConnection = 2);
        await using var ws = await RawSocket.ConnectAsync(host);
        await ws.InitAsync();
        for (var i = 1; i <= 3; i++)
            await ws.SendAsync(JsonSerializer.Serialize(new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), type = "subscribe", payload = new { query = "subscription { ticks(topic: \"limit\") { n } }" } }));
        var error = await ws.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("3", error.GetProperty("id").GetString());
        Assert.Equal("TOO_MANY_OPERATIONS", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await host.Events.WaitForSubscribersAsync("limit", 2);
        host.Events.Publish("limit", 7);
        var first = await ws.ReceiveAsync();
        Assert.Equal(7, first.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009_and_the_server_keeps_serving()
    {
        await using var host = await TestHost.StartAsync(o => o.MaxRequestBytes = 1024);
        await using (var ws = await RawSocket.ConnectAsync(host))
        {
            await ws.InitAsync();
            await ws.SendAsync(JsonSerializer.Serialize(new { id = "big", type = "subscribe", payload = new { query = "{ hello }", pad = new string('x', 10_000) } }));
            Assert.Equal(1009, await ws.ReceiveCloseAsync());
        }
        await using var again = await RawSocket.ConnectAsync(host);
        await again.InitAsync();
    }

    [Fact]
    public async Task Hostile_garbage_on_many_sockets_leaves_the_server_serving()
    {
        await using var host = await TestHost.StartAsync();
        var garbage = new[] { "{", "null", "\"x\"", new string('[', 10_000), """{"type":"subscribe","id":{},"payload":[]}""", """{"type":"connection_init","payload":{"user":"intruder"}}""" };
        foreach (var g in garbage)
        {
            await using var ws = await RawSocket.ConnectAsync(host);
            await ws.SendAsync(g);
            Assert.True(await ws.ReceiveCloseAsync() >= 4400);
        }
        await using var good = await RawSocket.ConnectAsync(host);
        await good.InitAsync();
    }
}
