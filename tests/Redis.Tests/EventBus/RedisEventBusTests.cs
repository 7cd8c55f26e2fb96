using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Redis.Tests.Support;
using static StudyGraph.Redis.Tests.EventBus.EventBusHarness;

namespace StudyGraph.Redis.Tests.EventBus;

public class RedisEventBusTests
{
    private const string Session = "session:s1";
    private static readonly string Exam = EventTopics.ExamActivity("aws-saa-c03");

    [RequiresRedisServerFact]
    public async Task Events_published_on_A_reach_B_in_order_once_and_A_local_subscribers_once()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await ConnectAsync(server);
        await using var b = await ConnectAsync(server);
        await using var onA = await Collector.StartAsync(a, Session);
        await using var onBSession = await Collector.StartAsync(b, Session);
        await using var onBExam = await Collector.StartAsync(b, Exam);

        for (var i = 1; i <= 300; i++) await a.PublishAsync(Numbered(i));
        await onBExam.WaitForAsync(300, "B (exam topic)");
        // A sentinel on the same topics: once it is in, any duplicate of 1..300 would be in too.
        await a.PublishAsync(Numbered(301));
        foreach (var c in new[] { onA, onBSession, onBExam }) await c.WaitForAsync(301, "every subscriber");

        var expected = Enumerable.Range(1, 301).ToArray();
        Assert.Equal(expected, onA.Numbers);
        Assert.Equal(expected, onBSession.Numbers);
        Assert.Equal(expected, onBExam.Numbers);
        Assert.Equal(301, a.Published);
        Assert.Equal(301, b.ReceivedFromOthers);
        Assert.Equal(0, a.DeliveredWithoutEcho); // A's own subscribers were fed from the echo
        Assert.Equal(0, a.DuplicatesDropped + b.DuplicatesDropped);
    }

    [RequiresRedisServerFact]
    public async Task Two_publishing_instances_each_keep_their_order_at_every_subscriber()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await ConnectAsync(server);
        await using var b = await ConnectAsync(server);
        var collectors = new[] { await Collector.StartAsync(a, Session), await Collector.StartAsync(a, Session), await Collector.StartAsync(b, Session) };

        // A publishes the odd numbers and B the even ones, concurrently.
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 1; i <= 400; i += 2) await a.PublishAsync(Numbered(i)); }),
            Task.Run(async () => { for (var i = 2; i <= 400; i += 2) await b.PublishAsync(Numbered(i)); }));
        await a.PublishAsync(Numbered(401));
        await b.PublishAsync(Numbered(402));

        foreach (var c in collectors)
        {
            await c.WaitForAsync(401, "subscriber");
            await c.WaitForAsync(402, "subscriber");
            var seen = await c.StopAsync();
            Assert.Equal(Enumerable.Range(1, 402), seen.Order());
            Assert.Equal(Enumerable.Range(0, 201).Select(i => 2 * i + 1), seen.Where(n => n % 2 == 1));
            Assert.Equal(Enumerable.Range(1, 201).Select(i => 2 * i), seen.Where(n => n % 2 == 0));
        }
        // All subscribers of one instance see the same interleaving: the order Redis sent.
        Assert.Equal(collectors[0].Numbers, collectors[1].Numbers);
    }

    [RequiresRedisServerFact]
    public async Task Restarting_redis_mid_stream_loses_nothing_locally_duplicates_nothing_and_resumes_by_itself()
    {
        var server = await RedisServerProcess.StartAsync();
        var port = server.Port;
        RedisServerProcess? again = null;
        try
        {
            await using var a = await ConnectAsync(server);
            await using var b = await ConnectAsync(server);
            var problems = 0;
            a.Problem += (_, _) => Interlocked.Increment(ref problems);
            await using var onA = await Collector.StartAsync(a, Session);
            await using var onB = await Collector.StartAsync(b, Session);

            var n = 0;
            for (; n < 100; n++) await a.PublishAsync(Numbered(n + 1));
            await onB.WaitForAsync(100, "B before the outage");

            await server.StopAsync();
            await Eventually.TrueAsync(() => !a.IsHealthy && !b.IsHealthy, "both buses notice the outage");
            Assert.Contains("degraded", a.HealthDescription, StringComparison.Ordinal);
            var firstDuringOutage = n + 1;
            for (; n < 150; n++) await a.PublishAsync(Numbered(n + 1)); // must not throw
            var lastDuringOutage = n;
            await onA.WaitForAsync(lastDuringOutage, "A's own subscriber during the outage");
            Assert.DoesNotContain(firstDuringOutage, onB.Numbers);

            again = await RedisServerProcess.StartAsync(port, tls: false);
            await Eventually.TrueAsync(() => a.IsHealthy && b.IsHealthy, "both buses reconnect by themselves", seconds: 30);
            Assert.Contains("connected", a.HealthDescription, StringComparison.Ordinal);
            // Publish until B has one from after the restart (its resubscription may land a moment after the publisher's).
            await Eventually.TrueAsync(async () =>
            {
                await a.PublishAsync(Numbered(++n));
                return onB.Numbers.Any(x => x > lastDuringOutage);
            }, "B receives again after the restart", seconds: 30);
            var last = n;
            await onA.WaitForAsync(last, "A");
            await onB.WaitForAsync(last, "B");

            Assert.Equal(Enumerable.Range(1, last), onA.Numbers); // everything, once, in order
            var atB = onB.Numbers;
            Assert.Equal(Enumerable.Range(1, 100), atB.Take(100));
            Assert.True(atB.Zip(atB.Skip(1)).All(p => p.First < p.Second), "B: increasing, no duplicates: " + string.Join(",", atB));
            Assert.DoesNotContain(atB, x => x >= firstDuringOutage && x <= lastDuringOutage);
            Assert.True(a.PublishFailures >= lastDuringOutage - firstDuringOutage + 1, $"{a.PublishFailures} failures counted");
            Assert.Equal(1, Volatile.Read(ref problems)); // one report per outage, not one per event
            // Each bus told its local subscribers that delivery resumed (so they can reload what they missed): A once (its
            // subscriber came back); B once for its own subscriber, and once more when A's announcement of its failed
            // publishes arrives after B has subscribed again (it is lost otherwise: B is told anyway).
            await Eventually.TrueAsync(() => onA.Resumed == 1 && onB.Resumed >= 1, "a DeliveryResumed notice on each side");
            await Task.Delay(300);
            Assert.Equal(1, onA.Resumed);
            Assert.Equal(1, a.Resumptions);
            Assert.InRange(onB.Resumed, 1, 2);
            Assert.Equal(onB.Resumed, b.Resumptions);
        }
        finally
        {
            await server.DisposeAsync();
            if (again is not null) await again.DisposeAsync();
        }
    }

    [RequiresRedisServerFact]
    public async Task When_only_a_publisher_drops_the_other_instances_are_told_they_missed_its_events()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await ConnectAsync(server);
        await using var b = await ConnectAsync(server);
        await using var onA = await Collector.StartAsync(a, Session);
        await using var onB = await Collector.StartAsync(b, Session);
        await a.PublishAsync(Numbered(1));
        await onB.WaitForAsync(1, "B before the drop");

        // Drop the publishing connections (normal clients) but not the subscribing ones (pub/sub clients), and keep the
        // publishers out for a while: new connections need a password they do not have.
        await using var admin = await RedisCommandConnection.ConnectAsync(server.Options());
        await admin.ExecuteAsync("CONFIG", "SET", "requirepass", "locked-out");
        await admin.ExecuteAsync("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
        await Eventually.TrueAsync(() => a.Redis.Publisher.State != RedisConnectionState.Connected, "A's publisher dropped");
        Assert.Equal(RedisConnectionState.Connected, b.Redis.Subscriber.State);
        await a.PublishAsync(Numbered(2)); // cannot go out: A's subscriber gets it, B never will
        await onA.WaitForAsync(2, "A's own subscriber");
        Assert.True(a.PublishFailures >= 1);

        await admin.ExecuteAsync("CONFIG", "SET", "requirepass", "");
        await Eventually.TrueAsync(() => a.IsHealthy, "A's publisher back", seconds: 30);
        await Eventually.TrueAsync(() => onB.Resumed == 1, "B is told it missed events", seconds: 30);
        Assert.Equal(1, b.Resumptions);
        Assert.DoesNotContain(2, onB.Numbers);
        Assert.Equal(0, onA.Resumed); // A missed nothing

        await a.PublishAsync(Numbered(3));
        await onB.WaitForAsync(3, "B after the publisher returned");
        Assert.Equal([1, 3], onB.Numbers);
        Assert.Equal([1, 2, 3], onA.Numbers);
    }

    [RequiresRedisServerFact]
    public async Task Unsubscribing_stops_delivery_to_that_subscriber_only()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await ConnectAsync(server);
        var local = new InMemoryEventBus();
        await using var b = await ConnectAsync(server, local);
        var leaving = await Collector.StartAsync(b, Session);
        await using var staying = await Collector.StartAsync(b, Session);

        await a.PublishAsync(Numbered(1));
        await leaving.WaitForAsync(1, "the leaving subscriber");
        var seen = await leaving.StopAsync();
        Assert.Equal(1, local.SubscriptionCount);
        await a.PublishAsync(Numbered(2));
        await staying.WaitForAsync(2, "the staying subscriber");

        Assert.Equal([1], seen);
        Assert.Equal([1], leaving.Numbers);
        Assert.Equal([1, 2], staying.Numbers);
    }

    [RequiresRedisServerFact]
    public async Task A_bus_started_while_redis_is_down_delivers_locally_and_joins_when_redis_comes_up()
    {
        var port = RedisServerProcess.FreePort();
        await using var a = await ConnectAsync(port);
        Assert.False(a.IsHealthy);
        Assert.Contains("degraded", a.HealthDescription, StringComparison.Ordinal);
        await using var onA = await Collector.StartAsync(a, Session);

        await a.PublishAsync(Numbered(1));
        await onA.WaitForAsync(1, "A's own subscriber while Redis is down");

        await using var server = await RedisServerProcess.StartAsync(port, tls: false);
        await using var b = await ConnectAsync(server);
        await using var onB = await Collector.StartAsync(b, Session);
        await Eventually.TrueAsync(() => a.IsHealthy, "A connects by itself", seconds: 30);
        var n = 1;
        await Eventually.TrueAsync(async () =>
        {
            await a.PublishAsync(Numbered(++n));
            return onB.Numbers.Length > 0;
        }, "B receives from A", seconds: 30);
        await onA.WaitForAsync(n, "A");

        Assert.Equal(Enumerable.Range(1, n), onA.Numbers);
        Assert.DoesNotContain(1, onB.Numbers);
    }

    [RequiresRedisServerFact]
    public async Task An_unreadable_message_on_the_channel_is_reported_and_skipped()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var b = await ConnectAsync(server);
        string? report = null;
        b.Problem += (text, _) => report = text;
        await using var onB = await Collector.StartAsync(b, Session);
        await using var raw = await RedisCommandConnection.ConnectAsync(server.Options());

        await raw.PublishAsync(b.Channel, "{\"instance\":\"x\",\"sequence\":1,\"topics\":[\"session:s1\"],\"event\":{\"$type\":\"Unknown\"}}"u8.ToArray());
        await using var a = await ConnectAsync(server);
        await a.PublishAsync(Numbered(7));
        await onB.WaitForAsync(7, "B");

        Assert.Equal([7], onB.Numbers);
        Assert.Equal(1, b.Rejected);
        Assert.Contains(b.Channel, report, StringComparison.Ordinal);
    }

    [RequiresRedisServerFact]
    public async Task Events_are_sent_once_per_event_on_the_prefixed_channel()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await ConnectAsync(server, prefix: "blue:");
        await using var wire = await RedisSubscriber.ConnectAsync(server.Options());
        await using var raw = await wire.SubscribeAsync("blue:events");

        await a.PublishAsync(Numbered(5)); // two topics (session and exam), one message

        var message = Assert.Single(await Eventually.TakeAsync(raw.ReadAllAsync(), 1));
        var envelope = DomainEventSerializer.Deserialize(message.Payload.Span);
        Assert.Equal("blue:events", a.Channel);
        Assert.Equal([Session, Exam], envelope.Topics);
        Assert.Equal((a.InstanceId, 1L), (envelope.Instance, envelope.Sequence));
        Assert.Equal(5, NumberOf(envelope.Event));
    }

    [RequiresRedisServerFact]
    public async Task A_hanging_redis_delays_neither_the_publisher_nor_its_local_subscribers_and_the_late_echo_is_dropped()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var a = await ConnectAsync(server, configure: o => { o.PublishTimeout = TimeSpan.FromMilliseconds(200); o.EchoTimeout = TimeSpan.FromMilliseconds(300); });
        await using var b = await ConnectAsync(server);
        await using var onA = await Collector.StartAsync(a, Session);
        await using var onB = await Collector.StartAsync(b, Session);
        await using var admin = await RedisCommandConnection.ConnectAsync(server.Options());

        await admin.ExecuteAsync("CLIENT", "PAUSE", "60000", "WRITE"); // PUBLISH now hangs until UNPAUSE
        try
        {
            await a.PublishAsync(Numbered(1)).AsTask().WaitAsync(TimeSpan.FromSeconds(30)); // returns after PublishTimeout
            await onA.WaitForAsync(1, "A's own subscriber without the echo");
            Assert.Empty(onB.Numbers);
        }
        finally
        {
            await admin.ExecuteAsync("CLIENT", "UNPAUSE");
        }
        await onB.WaitForAsync(1, "B once Redis resumes");
        await a.PublishAsync(Numbered(2));
        await onA.WaitForAsync(2, "A");
        await onB.WaitForAsync(2, "B");

        Assert.Equal([1, 2], onA.Numbers); // the late echo of 1 was dropped
        Assert.Equal([1, 2], onB.Numbers);
        Assert.Equal(1, a.DeliveredWithoutEcho);
        Assert.Equal(1, a.DuplicatesDropped);
        Assert.Equal(0, a.PublishFailures);
    }

    [RequiresRedisServerFact]
    public async Task Works_the_same_over_resp3()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var options = (int port) => new RedisEventBusOptions { ConnectionString = $"127.0.0.1:{port},protocol=resp3" };
        await using var a = await RedisEventBus.ConnectAsync(options(server.Port), new InMemoryEventBus());
        await using var b = await RedisEventBus.ConnectAsync(options(server.Port), new InMemoryEventBus());
        await using var onA = await Collector.StartAsync(a, Exam);
        await using var onB = await Collector.StartAsync(b, Exam);

        for (var i = 1; i <= 20; i++) await a.PublishAsync(Numbered(i));
        await onA.WaitForAsync(20, "A");
        await onB.WaitForAsync(20, "B");

        Assert.Equal(3, a.Redis.Subscriber.Options.Protocol);
        Assert.Equal(Enumerable.Range(1, 20), onA.Numbers);
        Assert.Equal(Enumerable.Range(1, 20), onB.Numbers);
        Assert.Equal(0, a.DeliveredWithoutEcho);
    }

    [RequiresRedisServerFact]
    public async Task Concurrent_publishers_across_a_restart_each_reach_the_local_subscribers_once_in_their_order()
    {
        var server = await RedisServerProcess.StartAsync();
        RedisServerProcess? again = null;
        try
        {
            await using var a = await ConnectAsync(server);
            var collectors = new Collector[4];
            for (var p = 0; p < collectors.Length; p++) collectors[p] = await Collector.StartAsync(a, "session:p" + p);
            using var stop = new CancellationTokenSource();
            var counts = new int[collectors.Length];
            var publishers = Enumerable.Range(0, collectors.Length).Select(p => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested) await a.PublishAsync(Numbered(++counts[p], "p" + p));
            })).ToArray();

            await Eventually.TrueAsync(() => collectors.All(c => c.Numbers.Length >= 50), "50 events per publisher before the restart");
            await server.StopAsync();
            await Eventually.TrueAsync(() => a.PublishFailures >= 50, "publishes during the outage");
            again = await RedisServerProcess.StartAsync(server.Port, tls: false);
            await Eventually.TrueAsync(() => a.IsHealthy, "reconnected", seconds: 30);
            var published = a.Published;
            await Eventually.TrueAsync(() => a.Published >= published + 200, "publishing through Redis again");
            await stop.CancelAsync();
            await Task.WhenAll(publishers);

            for (var p = 0; p < collectors.Length; p++)
            {
                await collectors[p].WaitForAsync(counts[p], "publisher " + p + "'s last event");
                Assert.Equal(Enumerable.Range(1, counts[p]), await collectors[p].StopAsync());
            }
            // Every publish ends counted once, as accepted or failed (one still unanswered after PublishTimeout is counted when it ends).
            await Eventually.TrueAsync(() => a.Published + a.PublishFailures == counts.Sum(), $"{counts.Sum()} publishes counted");
        }
        finally
        {
            await server.DisposeAsync();
            if (again is not null) await again.DisposeAsync();
        }
    }
}
