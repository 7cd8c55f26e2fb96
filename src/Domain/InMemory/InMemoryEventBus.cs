using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.InMemory;

/// <summary>
/// The event bus of one API instance: each subscriber has its own unbounded queue, so a slow websocket never
/// blocks a mutation. The Redis bus uses it to deliver what it receives to the local subscribers.
/// </summary>
public sealed class InMemoryEventBus : IEventBus
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _topics = new(StringComparer.Ordinal);

    /// <summary>The number of live subscriptions (all topics).</summary>
    public int SubscriptionCount
    {
        get
        {
            var n = 0;
            foreach (var t in _topics) n += t.Value.Count;
            return n;
        }
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(IDomainEvent domainEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        foreach (var topic in EventTopics.Of(domainEvent)) Deliver(topic, domainEvent);
        return ValueTask.CompletedTask;
    }

    /// <summary>Delivers an event to the local subscribers of one topic (what a Redis bus calls for each message).</summary>
    public void Deliver(string topic, IDomainEvent domainEvent)
    {
        if (!_topics.TryGetValue(topic, out var subscribers)) return;
        foreach (var s in subscribers) s.Key.Channel.Writer.TryWrite(domainEvent);
    }

    /// <summary>Delivers an event to every local subscriber, whatever its topic (what a Redis bus does with <see cref="DeliveryResumed"/>).</summary>
    public void DeliverToAll(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        foreach (var topic in _topics)
        {
            foreach (var s in topic.Value) s.Key.Channel.Writer.TryWrite(domainEvent);
        }
    }

    /// <inheritdoc />
    public ValueTask<IEventSubscription> SubscribeAsync(string topic, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var subscription = new Subscription(this, topic);
        _topics.GetOrAdd(topic, _ => new ConcurrentDictionary<Subscription, byte>())[subscription] = 0;
        return ValueTask.FromResult<IEventSubscription>(subscription);
    }

    private void Remove(Subscription subscription)
    {
        if (_topics.TryGetValue(subscription.Topic, out var subscribers))
        {
            subscribers.TryRemove(subscription, out _);
        }
    }

    private sealed class Subscription(InMemoryEventBus bus, string topic) : IEventSubscription
    {
        public Channel<IDomainEvent> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<IDomainEvent>(
            new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

        public string Topic => topic;

        public async IAsyncEnumerable<IDomainEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken ct = default)
        {
            var reader = Channel.Reader;
            while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (reader.TryRead(out var e)) yield return e;
            }
        }

        public ValueTask DisposeAsync()
        {
            bus.Remove(this);
            Channel.Writer.TryComplete();
            return ValueTask.CompletedTask;
        }
    }
}
