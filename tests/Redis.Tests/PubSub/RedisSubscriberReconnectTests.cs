using System.Collections.Concurrent;
using StudyGraph.Redis.Tests.Support;
using static StudyGraph.Redis.Tests.PubSub.PubSubHarness;

namespace StudyGraph.Redis.Tests.PubSub;

public class RedisSubscriberReconnectTests
{
    [RequiresRedisServerFact]
    public async Task A_server_restart_mid_stream_resubscribes_by_itself_and_delivers_nothing_twice()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(Fast(server.Options()));
        await using var subscriber = await RedisSubscriber.ConnectAsync(Fast(server.Options()));
        var states = new ConcurrentQueue<RedisConnectionState>();
        subscriber.StateChanged += (_, e) => states.Enqueue(e.Current);
        await using var channel = await subscriber.SubscribeAsync("progress");
        await using var pattern = await subscriber.PSubscribeAsync("prog*");
        var received = new List<int>();

        for (var i = 0; i < 500; i++) _ = publisher.PublishAsync("progress", Number(i));
        received.AddRange((await Eventually.TakeAsync(channel.ReadAllAsync(), 500)).Select(m => NumberOf(m.Payload)));

        await server.RestartAsync();
        await Eventually.TrueAsync(async () => await SubscribersOnServer(server, "progress") == 1 && await PatternsOnServer(server) == 1, "resubscribed after the restart");
        await Eventually.TrueAsync(() => publisher.State == RedisConnectionState.Connected, "publisher reconnected");
        for (var i = 500; i < 1000; i++) Assert.Equal(2, await publisher.PublishAsync("progress", Number(i))); // the channel and the pattern
        received.AddRange((await Eventually.TakeAsync(channel.ReadAllAsync(), 500)).Select(m => NumberOf(m.Payload)));
        var viaPattern = await Eventually.TakeAsync(pattern.ReadAllAsync(), 1000);

        Assert.Equal(Enumerable.Range(0, 1000), received);
        Assert.Equal(Enumerable.Range(0, 1000), viaPattern.Select(m => NumberOf(m.Payload)));
        Assert.False(channel.Reader.TryRead(out _), "a message was delivered twice");
        Assert.Equal([RedisConnectionState.Reconnecting, RedisConnectionState.Connected], states.Distinct());
        Assert.Equal(RedisConnectionState.Connected, subscriber.State);
    }

    [Fact]
    public async Task After_a_reconnect_the_state_turns_connected_only_once_the_server_confirmed_the_resubscription()
    {
        // A scripted server: the second connection's SUBSCRIBE is confirmed only after 400 ms. Until then a message published
        // by another client would not reach this subscriber, so the state must not say Connected yet.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        RedisSubscriber? subscriber = null;
        var stateWhileUnconfirmed = new TaskCompletionSource<RedisConnectionState>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fake = Task.Run(async () =>
        {
            using (var first = await listener.AcceptTcpClientAsync())
            {
                var stream = first.GetStream();
                await ReadUntilAsync(stream, "PING");
                await stream.WriteAsync("+PONG\r\n"u8.ToArray());
                await ReadUntilAsync(stream, "SUBSCRIBE");
                await stream.WriteAsync("*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n"u8.ToArray());
                await ReadUntilAsync(stream, "QUIT-NEVER-SENT", TimeSpan.FromMilliseconds(200)); // then drop the connection
            }
            using var second = await listener.AcceptTcpClientAsync();
            var s2 = second.GetStream();
            await ReadUntilAsync(s2, "PING");
            await s2.WriteAsync("+PONG\r\n"u8.ToArray());
            await ReadUntilAsync(s2, "SUBSCRIBE");
            await Task.Delay(400);
            stateWhileUnconfirmed.TrySetResult(subscriber!.State);
            await s2.WriteAsync("*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$1\r\nx\r\n"u8.ToArray());
            await ReadUntilAsync(s2, "QUIT-NEVER-SENT", TimeSpan.FromSeconds(5));
        });
        subscriber = await RedisSubscriber.ConnectAsync(Fast(new RedisOptions { Host = "127.0.0.1", Port = port }));
        await using (subscriber)
        {
            await using var subscription = await subscriber.SubscribeAsync("ch");
            await Eventually.TrueAsync(() => subscriber.State == RedisConnectionState.Reconnecting, "the first connection dropped");

            Assert.Equal(RedisConnectionState.Reconnecting, await stateWhileUnconfirmed.Task.WaitAsync(TimeSpan.FromSeconds(30)));
            await Eventually.TrueAsync(() => subscriber.State == RedisConnectionState.Connected, "connected once confirmed");
            Assert.Equal("x", System.Text.Encoding.UTF8.GetString((await Eventually.TakeAsync(subscription.ReadAllAsync(), 1))[0].Payload.Span));
        }
        listener.Stop();
        await fake;
    }

    private static async Task ReadUntilAsync(System.Net.Sockets.NetworkStream stream, string marker, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var seen = new System.Text.StringBuilder();
        var buffer = new byte[1024];
        try
        {
            while (!seen.ToString().Contains(marker, StringComparison.Ordinal))
            {
                var n = await stream.ReadAsync(buffer, cts.Token);
                if (n == 0) return;
                seen.Append(System.Text.Encoding.ASCII.GetString(buffer, 0, n));
            }
        }
        catch (OperationCanceledException) when (timeout is not null)
        {
            // the scripted pause is over
        }
    }

    [RequiresRedisServerFact]
    public async Task Subscribing_while_disconnected_takes_effect_when_the_server_returns()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var subscriber = await RedisSubscriber.ConnectAsync(Fast(server.Options()));
        await server.StopAsync();
        await Eventually.TrueAsync(() => subscriber.State == RedisConnectionState.Reconnecting, "state Reconnecting");

        await using var late = await subscriber.SubscribeAsync("late");
        await server.RestartAsync();
        await Eventually.TrueAsync(async () => await SubscribersOnServer(server, "late") == 1, "subscribed on reconnect");
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await publisher.PublishAsync("late", Number(77));

        Assert.Equal(77, NumberOf((await Eventually.TakeAsync(late.ReadAllAsync(), 1))[0].Payload));
    }

    [RequiresRedisServerFact]
    public async Task A_server_that_stops_answering_pings_is_dropped_and_reconnected()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var time = new ManualTimeProvider();
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options(o => { o.TimeProvider = time; o.KeepAlive = TimeSpan.FromSeconds(1); o.ConnectTimeout = TimeSpan.FromSeconds(2); }));
        var states = new ConcurrentQueue<RedisConnectionState>();
        subscriber.StateChanged += (_, e) => states.Enqueue(e.Current);
        await using var subscription = await subscriber.SubscribeAsync("frozen");
        await using var admin = await RedisCommandConnection.ConnectAsync(server.Options());

        var before = ServerStats.PingCalls((await admin.ExecuteAsync("INFO", "commandstats")).AsString()!);
        await Tick(time); // PING answered
        await Eventually.TrueAsync(async () => ServerStats.PingCalls((await admin.ExecuteAsync("INFO", "commandstats")).AsString()!) > before, "first keep-alive PING answered");
        await admin.ExecuteAsync("CLIENT", "PAUSE", "1500", "ALL");
        await Tick(time); // PING sent, not answered while paused
        await Tick(time); // 1 s unanswered: below the 2 s limit, keep waiting
        Assert.Empty(states);
        await Tick(time); // 2 s unanswered: drop

        await Eventually.TrueAsync(() => states.Contains(RedisConnectionState.Reconnecting), "the silent connection dropped");
        await Eventually.TrueAsync(async () => subscriber.State == RedisConnectionState.Connected && await SubscribersOnServer(server, "frozen") == 1, "reconnected and resubscribed");
    }

    /// <summary>Moves the clock one keep-alive interval once the keep-alive loop waits on its timer.</summary>
    private static async Task Tick(ManualTimeProvider time)
    {
        await Eventually.TrueAsync(() => time.ActiveTimers == 1, "the keep-alive loop waiting");
        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => time.ActiveTimers == 1, "the keep-alive loop waiting again");
    }
}
