using System.Collections.Concurrent;
using StudyGraph.Redis.Tests.Support;
using static StudyGraph.Redis.Tests.PubSub.PubSubHarness;

namespace StudyGraph.Redis.Tests.PubSub;

public class RedisPubSubBusTests
{
    [RequiresRedisServerFact]
    public async Task Two_instances_deliver_each_message_exactly_once_to_each_local_subscriber()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await RedisPubSubBus.ConnectAsync(server.Options(o => o.ChannelPrefix = "sg:"));
        await using var b = await RedisPubSubBus.ConnectAsync(server.Options(o => o.ChannelPrefix = "sg:"));
        var sinks = new ConcurrentQueue<int>[4];
        for (var i = 0; i < sinks.Length; i++) sinks[i] = new();
        var subscriptions = new List<RedisSubscription>();
        for (var i = 0; i < sinks.Length; i++)
        {
            var sink = sinks[i];
            var bus = i < 2 ? a : b;
            subscriptions.Add(await bus.SubscribeAsync("session:1:progress", (m, _) => { sink.Enqueue(NumberOf(m.Payload)); return ValueTask.CompletedTask; }));
        }

        for (var i = 0; i < 1000; i++) _ = (i % 2 == 0 ? a : b).PublishAsync("session:1:progress", Number(i));
        await Eventually.TrueAsync(() => sinks.All(s => s.Count >= 1000), "1000 messages at every subscriber");
        await Task.Delay(100); // room for a duplicate to show up, were there one

        Assert.All(sinks, sink =>
        {
            // Each publisher's messages keep their order; the two publishers interleave in any order.
            Assert.Equal(Enumerable.Range(0, 1000), sink.Order());
            Assert.Equal(Enumerable.Range(0, 500).Select(i => 2 * i), sink.Where(n => n % 2 == 0));
            Assert.Equal(Enumerable.Range(0, 500).Select(i => 2 * i + 1), sink.Where(n => n % 2 == 1));
        });
        Assert.Equal(2, await SubscribersOnServer(server, "sg:session:1:progress")); // one Redis subscription per instance
        foreach (var s in subscriptions) await s.DisposeAsync();
    }

    [RequiresRedisServerFact]
    public async Task Topics_are_prefixed_on_the_wire_and_stripped_for_subscribers()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var bus = await RedisPubSubBus.ConnectAsync(server.Options(o => o.ChannelPrefix = "app[1]:"));
        await using var raw = await RedisSubscriber.ConnectAsync(server.Options());
        await using var wire = await raw.SubscribeAsync("app[1]:exam:aws:activity");
        using var cts = new CancellationTokenSource();
        var viaPattern = Eventually.TakeAsync(bus.SubscribePatternAsync("exam:*:activity", cts.Token), 1);
        await Eventually.TrueAsync(() => PatternsOnServer(server).ContinueWith(t => t.Result == 1), "pattern subscribed");

        await bus.PublishAsync("exam:aws:activity", Number(3));

        Assert.Equal(3, NumberOf((await Eventually.TakeAsync(wire.ReadAllAsync(), 1))[0].Payload));
        var message = Assert.Single(await viaPattern);
        Assert.Equal("exam:aws:activity", message.Topic);
        Assert.Equal(3, NumberOf(message.Payload));
    }

    [RequiresRedisServerFact]
    public async Task The_async_enumerable_subscription_unsubscribes_when_the_consumer_stops()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var bus = await RedisPubSubBus.ConnectAsync(server.Options());
        using var cts = new CancellationTokenSource();
        var seen = new List<int>();
        var consumer = Task.Run(async () =>
        {
            await foreach (var m in bus.SubscribeAsync("t", cts.Token))
            {
                seen.Add(NumberOf(m.Payload));
                if (seen.Count == 3) break;
            }
        });
        await Eventually.TrueAsync(async () => await SubscribersOnServer(server, "t") == 1, "subscribed");

        for (var i = 0; i < 3; i++) await bus.PublishAsync("t", Number(i));
        await consumer;

        Assert.Equal([0, 1, 2], seen);
        await Eventually.TrueAsync(async () => await SubscribersOnServer(server, "t") == 0, "unsubscribed after the loop ended");
    }

    [RequiresRedisServerFact]
    public async Task While_redis_is_down_publishing_fails_fast_and_health_reports_degraded_until_it_returns()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var bus = await RedisPubSubBus.ConnectAsync(Fast(server.Options()));
        await using var subscription = await bus.Subscriber.SubscribeAsync("h");
        Assert.True(bus.IsHealthy);

        await server.StopAsync();
        await Eventually.TrueAsync(() => !bus.IsHealthy, "degraded");
        // The two connections notice the drop independently; wait for the publishing one too, or a publish in
        // between is written to the dead socket and fails with "the server closed the connection" instead.
        await Eventually.TrueAsync(() => bus.Publisher.State != RedisConnectionState.Connected, "publisher noticed");
        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => bus.PublishAsync("h", Number(1)));
        Assert.Equal(RedisConnectionState.Reconnecting, bus.State);

        await server.RestartAsync();
        await Eventually.TrueAsync(async () => bus.IsHealthy && await SubscribersOnServer(server, "h") == 1, "healthy again");
        await bus.PublishAsync("h", Number(2));
        Assert.Equal(2, NumberOf((await Eventually.TakeAsync(subscription.ReadAllAsync(), 1))[0].Payload));
        Assert.Contains("not connected", error.Message, StringComparison.Ordinal);
    }
}
