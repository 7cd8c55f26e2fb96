using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Ports;

/// <summary>
/// The event bus behind subscriptions: events published after a change is saved reach every subscriber of
/// the event's topics (<see cref="EventTopics.Of"/>), on this instance (in-memory bus) or on every instance (Redis).
/// </summary>
public interface IEventBus : IEventPublisher
{
    /// <summary>
    /// Subscribes to one topic. The subscription is live when the returned task completes: every event
    /// published afterwards is delivered to it, in publication order, once.
    /// </summary>
    ValueTask<IEventSubscription> SubscribeAsync(string topic, CancellationToken ct = default);
}
