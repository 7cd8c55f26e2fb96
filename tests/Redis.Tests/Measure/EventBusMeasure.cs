#:project ../../../src/Redis/StudyGraph.Redis.csproj
#:property PublishAot=false
// Event bus latency and throughput: the in-memory bus against the Redis bus (RedisEventBus), with 1,000 subscribers.
// Starts its own redis-server (or uses the connection string given as the first argument). Not a test: run it by hand,
// briefly, on a quiet machine:
//   dotnet run -c Release tests/Redis.Tests/Measure/EventBusMeasure.cs [-- "host:port,password=..."]
//
// Scenarios (each event is a SessionProgressed whose Version carries the Stopwatch timestamp of the publish):
//   fan-out    1,000 subscribers of one topic (exam:aws-saa-c03:activity); in-memory: all on one bus; Redis: 500 on each of
//              two RedisEventBus instances A and B (each with its own InMemoryEventBus), published on A. One event at a
//              time: the next is published when all 1,000 subscribers have the previous one.
//   per-topic  1,000 subscribers each on its own session topic (session:0 .. session:999), same split; events go to random
//              sessions, one at a time; latency to the one subscriber.
//   codec      time to serialize / deserialize one envelope (single thread).
//   throughput events/s published back to back (awaited one by one, and 64 concurrent publishers), counted when the one
//              subscriber on instance B (Redis) or on the bus (in-memory) has received the last one.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Redis;

Process? server = null;
string? dir = null;
string connectionString;
if (args.Length > 0) connectionString = args[0];
else
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    dir = Directory.CreateTempSubdirectory("sg-redis-measure").FullName;
    var log = Path.Combine(dir, "redis.log");
    server = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --dir {dir} --logfile {log}")
    {
        UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
    })!;
    connectionString = $"127.0.0.1:{port}";
    for (var i = 0; i < 400 && !(File.Exists(log) && File.ReadAllText(log).Contains("Ready to accept", StringComparison.Ordinal)); i++) await Task.Delay(25);
}

const int Subscribers = 1000;
const string Exam = "aws-saa-c03";
var examTopic = EventTopics.ExamActivity(Exam);
var progress = new SessionProgress(20, 5, 4, 6, 7, 0.66, 1, 2, 14, TimeSpan.FromMinutes(3), null, 0.25, new PenaltyIndicator(1, 2));
SessionProgressed Stamped(string session) => new(session, "u1", [Exam], SessionStatus.Active, Stopwatch.GetTimestamp(), progress, DateTimeOffset.UnixEpoch);

try
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load {File.ReadAllText("/proc/loadavg").Trim()}");

    Codec(200_000);

    // In-memory bus: one instance, all 1,000 subscribers on it.
    var memory = new InMemoryEventBus();
    await FanOut("in-memory", memory, [memory], 300);
    await PerTopic("in-memory", memory, [memory], 1000);
    await Throughput("in-memory", memory, memory, 100_000);

    // Redis bus: two instances, 500 subscribers each, published on A.
    var options = new RedisEventBusOptions { ConnectionString = connectionString, ChannelPrefix = "measure:" };
    await using var a = await RedisEventBus.ConnectAsync(options, new InMemoryEventBus());
    await using var b = await RedisEventBus.ConnectAsync(options, new InMemoryEventBus());
    if (!a.IsHealthy || !b.IsHealthy) throw new InvalidOperationException(a.HealthDescription);
    await FanOut("redis", a, [a, b], 300);
    await PerTopic("redis", a, [a, b], 1000);
    await Throughput("redis", a, b, 50_000);
    Console.WriteLine($"redis counters: A published {a.Published}, failures {a.PublishFailures}, without echo {a.DeliveredWithoutEcho}; B received {b.ReceivedFromOthers}, duplicates {b.DuplicatesDropped}");
}
finally
{
    if (server is not null) { server.Kill(); await server.WaitForExitAsync(); }
    if (dir is not null) Directory.Delete(dir, recursive: true);
}

async Task FanOut(string name, IEventBus publisher, IEventBus[] instances, int events)
{
    var perReceipt = new double[events * Subscribers];
    var toLast = new double[events];
    var received = 0;
    var pending = 0;
    var done = new SemaphoreSlim(0);
    var readers = await StartReaders(instances, _ => examTopic, e =>
    {
        var us = Stopwatch.GetElapsedTime(((SessionProgressed)e).Version).TotalMicroseconds;
        perReceipt[Interlocked.Increment(ref received) - 1] = us;
        if (Interlocked.Decrement(ref pending) == 0) done.Release();
    });
    for (var i = 0; i < 20; i++) await OneFanOut(); // warm-up
    received = 0;
    for (var i = 0; i < events; i++) toLast[i] = await OneFanOut();
    Report($"{name} fan-out: publish -> each of {Subscribers} subscribers", perReceipt[..received]);
    Report($"{name} fan-out: publish -> last of {Subscribers} subscribers", toLast);
    await StopReaders(readers);

    async Task<double> OneFanOut()
    {
        Volatile.Write(ref pending, Subscribers);
        var e = Stamped("fan");
        await publisher.PublishAsync(e);
        await done.WaitAsync();
        return Stopwatch.GetElapsedTime(e.Version).TotalMicroseconds;
    }
}

async Task PerTopic(string name, IEventBus publisher, IEventBus[] instances, int events)
{
    var latencies = new double[events];
    var n = 0;
    var done = new SemaphoreSlim(0);
    var readers = await StartReaders(instances, i => EventTopics.Session(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), e =>
    {
        latencies[n] = Stopwatch.GetElapsedTime(((SessionProgressed)e).Version).TotalMicroseconds;
        done.Release();
    });
    var random = new Random(7);
    for (var i = 0; i < 20; i++) { await publisher.PublishAsync(Stamped(random.Next(Subscribers).ToString(System.Globalization.CultureInfo.InvariantCulture))); await done.WaitAsync(); }
    for (n = 0; n < events; n++)
    {
        await publisher.PublishAsync(Stamped(random.Next(Subscribers).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await done.WaitAsync();
    }
    Report($"{name} per-topic: publish -> the one subscriber of its session", latencies);
    await StopReaders(readers);
}

async Task Throughput(string name, IEventBus publisher, IEventBus receiver, int events)
{
    foreach (var concurrency in new[] { 1, 64 })
    {
        var received = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = await StartReaders([receiver], _ => "session:tp", _ => { if (Interlocked.Increment(ref received) == events) all.TrySetResult(); }, count: 1);
        var e = Stamped("tp");
        var watch = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= events) await publisher.PublishAsync(e);
        })));
        var published = watch.Elapsed.TotalSeconds;
        await all.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var delivered = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name} throughput, {concurrency} publisher(s): {events / published:N0} events/s published, {events / delivered:N0} events/s delivered to the subscriber ({events:N0} events)");
        await StopReaders(reader);
    }
}

void Codec(int count)
{
    // What every instance pays per event on the channel: decode it (others' events), or read its header (own echoes).
    var envelope = new RedisEventEnvelope(Guid.NewGuid().ToString("N"), 12345, ["session:s1", examTopic], Stamped("s1"));
    var bytes = DomainEventSerializer.Serialize(envelope);
    for (var i = 0; i < 10_000; i++) DomainEventSerializer.Deserialize(DomainEventSerializer.Serialize(envelope));
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < count; i++) DomainEventSerializer.Serialize(envelope);
    var serialize = watch.Elapsed.TotalMicroseconds / count;
    watch.Restart();
    for (var i = 0; i < count; i++) DomainEventSerializer.Deserialize(bytes);
    var deserialize = watch.Elapsed.TotalMicroseconds / count;
    Console.WriteLine($"envelope codec ({bytes.Length} bytes, SessionProgressed with 2 topics): serialize {serialize:N2} us, deserialize {deserialize:N2} us per event ({count:N0} each)");
}

static async Task<(IEventSubscription[] Subscriptions, Task[] Readers)> StartReaders(IEventBus[] instances, Func<int, string> topicOf, Action<IDomainEvent> onEvent, int count = Subscribers)
{
    var subscriptions = new IEventSubscription[count];
    var readers = new Task[count];
    for (var i = 0; i < count; i++)
    {
        subscriptions[i] = await instances[i % instances.Length].SubscribeAsync(topicOf(i));
        var subscription = subscriptions[i];
        readers[i] = Task.Run(async () => { await foreach (var e in subscription.ReadAllAsync()) onEvent(e); });
    }
    return (subscriptions, readers);
}

static async Task StopReaders((IEventSubscription[] Subscriptions, Task[] Readers) readers)
{
    foreach (var s in readers.Subscriptions) await s.DisposeAsync();
    await Task.WhenAll(readers.Readers);
}

static void Report(string what, double[] microseconds)
{
    Array.Sort(microseconds);
    double P(double q) => microseconds[(int)Math.Min(microseconds.Length - 1, Math.Round(q * (microseconds.Length - 1)))];
    Console.WriteLine($"{what}: p50 {P(0.50):N0} us, p99 {P(0.99):N0} us, max {microseconds[^1]:N0} us ({microseconds.Length:N0} samples)");
}
