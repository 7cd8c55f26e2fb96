using System.Text;
using StudyGraph.Redis.Tests.Support;
using static StudyGraph.Redis.Tests.PubSub.PubSubHarness;

namespace StudyGraph.Redis.Tests.PubSub;

public class RedisSubscriberTests
{
    [RequiresRedisServerFact]
    public async Task Ten_thousand_pipelined_messages_arrive_complete_and_in_order()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options());
        await using var subscription = await subscriber.SubscribeAsync("stream");

        var published = new Task<long>[10_000];
        for (var i = 0; i < published.Length; i++) published[i] = publisher.PublishAsync("stream", Number(i));
        var received = await Eventually.TakeAsync(subscription.ReadAllAsync(), published.Length);

        Assert.All(await Task.WhenAll(published), receivers => Assert.Equal(1, receivers));
        Assert.Equal(Enumerable.Range(0, published.Length), received.Select(m => NumberOf(m.Payload)));
        Assert.All(received, m => Assert.Equal("stream", m.Channel));
    }

    [RequiresRedisServerFact]
    public async Task Pattern_subscriptions_get_matching_channels_only_with_the_pattern_named()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options());
        await using var news = await subscriber.PSubscribeAsync("news.*");

        await publisher.PublishAsync("news.tech", "1"u8.ToArray());
        await publisher.PublishAsync("sports.tech", "2"u8.ToArray());
        await publisher.PublishAsync("news.art", "3"u8.ToArray());
        var received = await Eventually.TakeAsync(news.ReadAllAsync(), 2);

        Assert.Equal(["news.tech", "news.art"], received.Select(m => m.Channel));
        Assert.All(received, m => Assert.Equal("news.*", m.Pattern));
        Assert.Equal(["1", "3"], received.Select(m => Encoding.UTF8.GetString(m.Payload.Span)));
        Assert.False(news.Reader.TryRead(out _));
    }

    [RequiresRedisServerFact]
    public async Task Unsubscribing_stops_delivery_locally_and_on_the_server_once_the_last_local_subscriber_leaves()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options());
        var first = await subscriber.SubscribeAsync("ch");
        var second = await subscriber.SubscribeAsync("ch");
        var pattern = await subscriber.PSubscribeAsync("c*");

        await first.DisposeAsync();
        await publisher.PublishAsync("ch", Number(1));
        var stillThere = await Eventually.TakeAsync(second.ReadAllAsync(), 1);
        Assert.Equal(1, await SubscribersOnServer(server, "ch"));

        await second.DisposeAsync();
        await pattern.DisposeAsync();
        await Eventually.TrueAsync(async () => await SubscribersOnServer(server, "ch") == 0 && await PatternsOnServer(server) == 0, "server unsubscribed");

        Assert.Equal(0, await publisher.PublishAsync("ch", Number(2)));
        Assert.Empty(await first.ReadAllAsync().ToListAsync());
        Assert.Equal(1, NumberOf(stillThere[0].Payload));
        Assert.Empty(await second.ReadAllAsync().ToListAsync());
        Assert.Empty(subscriber.Channels);
    }

    [RequiresRedisServerFact]
    public async Task A_channel_and_a_matching_pattern_each_get_the_message_once()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options());
        await using var exact = await subscriber.SubscribeAsync("a.b");
        await using var glob = await subscriber.PSubscribeAsync("a.*");

        await publisher.PublishAsync("a.b", Number(5));
        await publisher.PublishAsync("a.b", Number(6));

        Assert.Equal([5, 6], (await Eventually.TakeAsync(exact.ReadAllAsync(), 2)).Select(m => NumberOf(m.Payload)));
        Assert.Equal([5, 6], (await Eventually.TakeAsync(glob.ReadAllAsync(), 2)).Select(m => NumberOf(m.Payload)));
    }

    [RequiresRedisServerFact]
    public async Task Callbacks_run_one_at_a_time_in_order_and_a_failing_callback_does_not_stop_delivery()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options());
        var seen = new List<int>();
        var failures = 0;
        var busy = 0;
        var overlapped = false;
        subscriber.HandlerFailed += (_, _) => Interlocked.Increment(ref failures);
        await using var subscription = await subscriber.SubscribeAsync("cb", async (message, _) =>
        {
            if (Interlocked.Increment(ref busy) > 1) overlapped = true;
            await Task.Yield();
            var n = NumberOf(message.Payload);
            lock (seen) seen.Add(n);
            Interlocked.Decrement(ref busy);
            if (n == 3) throw new InvalidOperationException("handler bug");
        });

        for (var i = 0; i < 200; i++) _ = publisher.PublishAsync("cb", Number(i));
        await Eventually.TrueAsync(() => { lock (seen) return seen.Count == 200; }, "200 callbacks");

        Assert.Equal(Enumerable.Range(0, 200), seen);
        Assert.False(overlapped);
        Assert.Equal(1, failures);
    }

    [RequiresRedisServerFact]
    public async Task Resp3_subscriber_receives_push_frames_from_the_real_server()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options(o => { o.Protocol = 3; o.KeepAlive = TimeSpan.FromMilliseconds(250); }));
        await using var subscription = await subscriber.SubscribeAsync("r3");
        await using var pattern = await subscriber.PSubscribeAsync("r*");

        for (var i = 0; i < 100; i++) await publisher.PublishAsync("r3", Number(i));

        Assert.Equal(Enumerable.Range(0, 100), (await Eventually.TakeAsync(subscription.ReadAllAsync(), 100)).Select(m => NumberOf(m.Payload)));
        Assert.Equal(Enumerable.Range(0, 100), (await Eventually.TakeAsync(pattern.ReadAllAsync(), 100)).Select(m => NumberOf(m.Payload)));
        // RESP3 answers PING with +PONG even while subscribed: the keep-alive must count that as an answer.
        await Eventually.TrueAsync(async () => ServerStats.PingCalls((await publisher.ExecuteAsync("INFO", "commandstats")).AsString()!) >= 3, "three keep-alive PINGs");
        Assert.Equal(RedisConnectionState.Connected, subscriber.State);
    }

    [RequiresRedisServerFact]
    public async Task Keep_alive_pings_on_a_subscribed_connection_are_answered_and_keep_it_up()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options(o => o.KeepAlive = TimeSpan.FromMilliseconds(250)));
        var changes = 0;
        subscriber.StateChanged += (_, _) => Interlocked.Increment(ref changes);
        await using var subscription = await subscriber.SubscribeAsync("ka");

        await Eventually.TrueAsync(async () => ServerStats.PingCalls((await publisher.ExecuteAsync("INFO", "commandstats")).AsString()!) >= 3, "three keep-alive PINGs");
        await publisher.PublishAsync("ka", Number(9));

        Assert.Equal(9, NumberOf((await Eventually.TakeAsync(subscription.ReadAllAsync(), 1))[0].Payload));
        Assert.Equal(0, changes);
    }

    [RequiresRedisServerFact]
    public async Task A_subscription_the_server_refuses_fails_alone_and_is_not_kept_for_reconnects()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var admin = await RedisCommandConnection.ConnectAsync(server.Options());
        await admin.ExecuteAsync("ACL", "SETUSER", "limited", "on", ">pw", "~*", "resetchannels", "&allowed:*", "+@all");
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options(o => { o.User = "limited"; o.Password = "pw"; }));

        var allowedBefore = subscriber.SubscribeAsync("allowed:a");
        var refused = await Assert.ThrowsAsync<RedisServerException>(() => subscriber.SubscribeAsync("forbidden"));
        await using var before = await allowedBefore;
        await using var after = await subscriber.SubscribeAsync("allowed:b");
        await admin.PublishAsync("allowed:b", Number(4));

        Assert.Equal("NOPERM", refused.Prefix);
        Assert.Equal(["allowed:a", "allowed:b"], subscriber.Channels.Order());
        Assert.Equal(4, NumberOf((await Eventually.TakeAsync(after.ReadAllAsync(), 1))[0].Payload));
    }

    [RequiresRedisServerFact]
    public async Task A_full_bounded_queue_drops_its_oldest_messages_and_counts_them()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options(o => o.SubscriptionQueueCapacity = 10));
        await using var slow = await subscriber.SubscribeAsync("busy");
        await using var alsoSlow = await subscriber.SubscribeAsync("busy");

        for (var i = 0; i < 100; i++) await publisher.PublishAsync("busy", Number(i));
        await Eventually.TrueAsync(() => slow.Dropped == 90 && alsoSlow.Dropped == 90, "90 dropped from each queue");

        Assert.Equal(Enumerable.Range(90, 10), (await Eventually.TakeAsync(slow.ReadAllAsync(), 10)).Select(m => NumberOf(m.Payload)));
        Assert.Equal(Enumerable.Range(90, 10), (await Eventually.TakeAsync(alsoSlow.ReadAllAsync(), 10)).Select(m => NumberOf(m.Payload)));
    }
}
