using StudyGraph.Api.Configuration;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Redis;

namespace StudyGraph.Api.Events;

/// <summary>
/// The event bus behind subscriptions: in-memory for one instance, or Redis (<c>Redis:ConnectionString</c>) so events
/// raised on one instance reach websockets held by another. Connected at start-up; a Redis that is down does not stop
/// the API (local subscribers keep receiving this instance's events; /health/ready reports the degradation).
/// </summary>
public sealed class EventBusHandle(StudyGraphSettings settings, InMemoryEventBus local, ILogger<EventBusHandle> log) : IEventBus, IAsyncDisposable
{
    private IEventBus _bus = local;

    /// <summary>The Redis bus, or null when events stay in this instance.</summary>
    public RedisEventBus? Redis { get; private set; }

    /// <summary>Connects to Redis when configured.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (settings.RedisConnectionString is not { } connection || Redis is not null) return;
        try
        {
            Redis = await RedisEventBus.ConnectAsync(new RedisEventBusOptions { ConnectionString = connection, ChannelPrefix = settings.RedisChannelPrefix }, local, ct)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new SettingsException("Redis:ConnectionString", e.Message);
        }
        Redis.Problem += (what, e) => log.LogWarning(e, "Redis event bus: {What}", what);
        _bus = Redis;
        log.LogInformation("Subscriptions fan out through Redis: {Health}", Redis.HealthDescription);
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(StudyGraph.Domain.Sessions.Events.IDomainEvent domainEvent, CancellationToken ct = default) => _bus.PublishAsync(domainEvent, ct);

    /// <inheritdoc />
    public ValueTask<IEventSubscription> SubscribeAsync(string topic, CancellationToken ct = default) => _bus.SubscribeAsync(topic, ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Redis is not null) await Redis.DisposeAsync().ConfigureAwait(false);
    }
}
