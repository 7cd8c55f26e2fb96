using System.Net;
using System.Net.Sockets;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Connections;

public class RedisConnectFailureTests
{
    [Fact]
    public async Task A_refused_connection_names_the_endpoint()
    {
        var port = RedisServerProcess.FreePort();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() =>
            RedisCommandConnection.ConnectAsync(new RedisOptions { Host = "127.0.0.1", Port = port }));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionRefused", error.Message, StringComparison.Ordinal);
        Assert.Equal($"127.0.0.1:{port}", error.EndPoint);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_with_the_stage_named()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<RedisConnectTimeoutException>(() =>
            RedisCommandConnection.ConnectAsync(new RedisOptions { Host = "127.0.0.1", Port = port, ConnectTimeout = TimeSpan.FromMilliseconds(300) }));

        Assert.Contains("timed out after 300 ms (handshake)", error.Message, StringComparison.Ordinal);
    }

    [RequiresRedisServerFact]
    public async Task Without_abort_on_fail_commands_fail_fast_until_the_server_appears_then_succeed()
    {
        var port = RedisServerProcess.FreePort();
        var options = new RedisOptions { Host = "127.0.0.1", Port = port, AbortOnConnectFail = false, Backoff = new RedisBackoff(new Random(1)) { MaxDelay = TimeSpan.FromMilliseconds(200) } };
        await using var redis = await RedisCommandConnection.ConnectAsync(options);
        await Eventually.TrueAsync(() => redis.State == RedisConnectionState.Reconnecting, "state Reconnecting");

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => redis.PublishAsync("ch", new byte[] { 1 }));
        Assert.Contains("not connected (state Reconnecting)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);

        await using var server = await RedisServerProcess.StartAsync(port, tls: false);
        await Eventually.TrueAsync(() => redis.State == RedisConnectionState.Connected, "state Connected once the server is up");
        Assert.Equal(0, await redis.PublishAsync("ch", new byte[] { 1 }));
    }

    [RequiresRedisServerFact]
    public async Task After_a_server_restart_the_command_connection_reconnects_and_reports_each_state()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var options = server.Options(o => o.Backoff = new RedisBackoff(new Random(2)) { MaxDelay = TimeSpan.FromMilliseconds(200) });
        await using var redis = await RedisCommandConnection.ConnectAsync(options);
        var states = new System.Collections.Concurrent.ConcurrentQueue<RedisConnectionState>();
        redis.StateChanged += (_, e) => states.Enqueue(e.Current);
        await redis.ExecuteAsync("SET", "k", "1");

        await server.StopAsync();
        await Eventually.TrueAsync(() => redis.State == RedisConnectionState.Reconnecting, "state Reconnecting");
        await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync("PING"));
        await server.RestartAsync();
        await Eventually.TrueAsync(() => redis.State == RedisConnectionState.Connected, "state Connected again");

        Assert.Equal("PONG", (await redis.ExecuteAsync("PING")).AsString());
        Assert.Equal([RedisConnectionState.Reconnecting, RedisConnectionState.Connected], states.Distinct());
        Assert.IsType<RedisConnectionException>(redis.LastError, exactMatch: false);
    }
}
