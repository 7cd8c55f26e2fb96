using System.Collections.Concurrent;
using StudyGraph.Domain.Ports;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.EventBus;

/// <summary>Reads one subscription in the background and keeps the event numbers in arrival order.</summary>
internal sealed class Collector : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _numbers = new();
    private readonly IEventSubscription _subscription;
    private readonly Task _reading;
    private int _resumed;

    private Collector(IEventSubscription subscription)
    {
        _subscription = subscription;
        _reading = Task.Run(async () =>
        {
            await foreach (var e in subscription.ReadAllAsync())
            {
                if (e is StudyGraph.Domain.Sessions.Events.DeliveryResumed) Interlocked.Increment(ref _resumed);
                else _numbers.Enqueue(EventBusHarness.NumberOf(e));
            }
        });
    }

    internal static async Task<Collector> StartAsync(IEventBus bus, string topic) => new(await bus.SubscribeAsync(topic));

    internal int[] Numbers => [.. _numbers];

    /// <summary>How many <c>DeliveryResumed</c> notices arrived.</summary>
    internal int Resumed => Volatile.Read(ref _resumed);

    internal bool Has(int n) => _numbers.Contains(n);

    internal Task WaitForAsync(int n, string who) => Eventually.TrueAsync(() => Has(n), $"{who} receives event {n}", seconds: 30);

    /// <summary>Stops the subscription and returns once the reader has seen the end of it.</summary>
    internal async Task<int[]> StopAsync()
    {
        await _subscription.DisposeAsync();
        await _reading.WaitAsync(TimeSpan.FromSeconds(15));
        return Numbers;
    }

    public async ValueTask DisposeAsync()
    {
        await _subscription.DisposeAsync();
        await _reading.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
