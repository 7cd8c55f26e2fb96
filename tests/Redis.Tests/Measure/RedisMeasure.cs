#:project ../../../src/Redis/StudyGraph.Redis.csproj
#:property PublishAot=false
// Publish throughput and publish->subscriber latency over loopback, against a redis-server it starts itself
// (or the one named by the first argument, a connection string). Not a test: run it by hand, briefly:
//   dotnet run tests/Redis.Tests/Measure/RedisMeasure.cs [-- "host:port,password=..."]
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StudyGraph.Redis;

Process? server = null;
string? dir = null;
RedisOptions options;
if (args.Length > 0) options = RedisOptions.Parse(args[0]);
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
    options = new RedisOptions { Host = "127.0.0.1", Port = port };
    for (var i = 0; i < 400 && !(File.Exists(log) && File.ReadAllText(log).Contains("Ready to accept", StringComparison.Ordinal)); i++) await Task.Delay(25);
}

try
{
    await using var publisher = await RedisCommandConnection.ConnectAsync(options);
    await using var subscriber = await RedisSubscriber.ConnectAsync(options);
    var payload = new byte[64];

    // 1. Pipelined PUBLISH throughput, a window of 10,000 in flight: to a channel nobody listens to, then with one subscriber draining it.
    await Throughput(publisher, "bench:none", payload, 10_000); // warm-up
    var alone = await Throughput(publisher, "bench:none", payload, 200_000);
    Console.WriteLine($"publish throughput: {200_000 / alone:N0} msg/s (200,000 x 64 B, pipelined, no subscriber)");
    await using (var drain = await subscriber.SubscribeAsync("bench:tp"))
    {
        var received = 0;
        var draining = Task.Run(async () => { await foreach (var _ in drain.ReadAllAsync()) if (++received == 200_000) break; });
        await Throughput(publisher, "bench:tp", payload, 10_000); // warm-up
        var seconds = await Throughput(publisher, "bench:tp", payload, 200_000);
        Console.WriteLine($"publish throughput: {200_000 / seconds:N0} msg/s (200,000 x 64 B, pipelined, 1 subscriber)");
        await draining.WaitAsync(TimeSpan.FromSeconds(30));
    }

    // 2. Latency, one message at a time: publish -> subscriber callback.
    var stamps = new double[5_000];
    var next = new SemaphoreSlim(0);
    var n = 0;
    await using (await subscriber.SubscribeAsync("bench:lat", (m, _) =>
    {
        stamps[n] = Stopwatch.GetElapsedTime(BitConverter.ToInt64(m.Payload.Span)).TotalMicroseconds;
        n++;
        next.Release();
        return ValueTask.CompletedTask;
    }))
    {
        for (var i = 0; i < stamps.Length; i++)
        {
            await publisher.PublishAsync("bench:lat", BitConverter.GetBytes(Stopwatch.GetTimestamp()));
            await next.WaitAsync();
        }
    }
    Report("publish -> 1 subscriber latency", stamps);

    // 3. Fan-out: 1,000 local subscribers spread over two bus instances; time until the last one has the message.
    await using var a = await RedisPubSubBus.ConnectAsync(options);
    await using var b = await RedisPubSubBus.ConnectAsync(options);
    var fanout = new double[500];
    var pending = 0;
    var done = new SemaphoreSlim(0);
    long sentAt = 0;
    var subscriptions = new List<RedisSubscription>();
    for (var i = 0; i < 1000; i++)
    {
        subscriptions.Add(await (i % 2 == 0 ? a : b).SubscribeAsync("session:x:progress", (_, _) =>
        {
            if (Interlocked.Decrement(ref pending) == 0) done.Release();
            return ValueTask.CompletedTask;
        }));
    }
    for (var i = 0; i < fanout.Length; i++)
    {
        Volatile.Write(ref pending, 1000);
        sentAt = Stopwatch.GetTimestamp();
        await a.PublishAsync("session:x:progress", payload);
        await done.WaitAsync();
        fanout[i] = Stopwatch.GetElapsedTime(sentAt).TotalMicroseconds;
    }
    Report("publish -> last of 1,000 subscribers on 2 instances", fanout);
    foreach (var s in subscriptions) await s.DisposeAsync();
}
finally
{
    if (server is not null) { server.Kill(); await server.WaitForExitAsync(); }
    if (dir is not null) Directory.Delete(dir, recursive: true);
}

static async Task<double> Throughput(RedisCommandConnection publisher, string channel, byte[] payload, int count)
{
    var window = new Queue<Task<long>>();
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        window.Enqueue(publisher.PublishAsync(channel, payload));
        if (window.Count == 10_000) await window.Dequeue();
    }
    while (window.Count > 0) await window.Dequeue();
    return watch.Elapsed.TotalSeconds;
}

static void Report(string what, double[] microseconds)
{
    Array.Sort(microseconds);
    double P(double q) => microseconds[(int)Math.Min(microseconds.Length - 1, Math.Round(q * (microseconds.Length - 1)))];
    Console.WriteLine($"{what}: p50 {P(0.50):N0} us, p99 {P(0.99):N0} us, max {microseconds[^1]:N0} us ({microseconds.Length} samples)");
}
