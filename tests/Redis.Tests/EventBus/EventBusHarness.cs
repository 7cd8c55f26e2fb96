using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Redis.Tests.PubSub;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.EventBus;

/// <summary>Numbered events, buses on a test server, and subscribers that collect what they receive.</summary>
internal static class EventBusHarness
{
    internal static readonly DateTimeOffset At = new(2026, 3, 14, 15, 9, 26, TimeSpan.FromHours(2));

    internal static SessionProgress Progress(int n) =>
        new(20, n % 20, n % 7, n % 19, n + 3, 0.625, 2, 3, 20 - (n % 20), TimeSpan.FromSeconds(n), TimeSpan.FromMinutes(5), 0.25, new PenaltyIndicator(2, 3));

    /// <summary>Event number <paramref name="n"/> of session <paramref name="session"/>: its version is the number.</summary>
    internal static SessionProgressed Numbered(int n, string session = "s1", string exam = "aws-saa-c03") =>
        new(session, "u1", [exam], SessionStatus.Active, n, Progress(n), At.AddSeconds(n));

    internal static int NumberOf(IDomainEvent e) => (int)((SessionProgressed)e).Version;

    internal static Task<RedisEventBus> ConnectAsync(RedisServerProcess server, InMemoryEventBus? local = null, string prefix = "sg:", Action<RedisEventBusOptions>? configure = null) =>
        ConnectAsync(server.Port, local, prefix, configure);

    internal static Task<RedisEventBus> ConnectAsync(int port, InMemoryEventBus? local = null, string prefix = "sg:", Action<RedisEventBusOptions>? configure = null)
    {
        var options = new RedisEventBusOptions { ConnectionString = $"127.0.0.1:{port}", ChannelPrefix = prefix, ConfigureRedis = o => PubSubHarness.Fast(o) };
        configure?.Invoke(options);
        return RedisEventBus.ConnectAsync(options, local ?? new InMemoryEventBus());
    }
}
