using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

public sealed partial class RedisEventBus
{
    private long _published;
    private long _publishFailures;
    private int _failing; // 1 after a failed publish until the next success: one Problem per outage, not one per event

    /// <summary>
    /// Publishes <paramref name="domainEvent"/> to every instance on its topics (<see cref="EventTopics.Of"/>). Never
    /// fails because of Redis: when the publish cannot be made, the event is delivered to this instance's subscribers
    /// at once (and to no other instance), and the failure is counted and reported through <see cref="Problem"/>.
    /// Waits at most <see cref="RedisEventBusOptions.PublishTimeout"/> for Redis to accept the event.
    /// </summary>
    public async ValueTask PublishAsync(IDomainEvent domainEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var topics = EventTopics.Of(domainEvent);
        if (topics.Count == 0) return;
        await PublishCoreAsync(domainEvent, topics, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// After this instance's publishing connection came back from an outage in which publishes failed: tells the other
    /// instances (whose subscribing connections may never have dropped) that they missed events, so their subscribers
    /// reload state. A <see cref="DeliveryResumed"/> envelope with no topics; receivers hand it to every local subscriber.
    /// </summary>
    private Task PublishResumeNoticeAsync() =>
        PublishCoreAsync(new DeliveryResumed(_options.TimeProvider.GetUtcNow()), [], CancellationToken.None).AsTask();

    /// <summary>Numbers, records and publishes one envelope (a <see cref="DeliveryResumed"/> notice is not an event and is not counted).</summary>
    private async ValueTask PublishCoreAsync(IDomainEvent domainEvent, IReadOnlyList<string> topics, CancellationToken ct)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            DeliverLocally(topics, domainEvent);
            return;
        }
        Task<long> sent;
        long sequence;
        lock (_publishGate)
        {
            // One lock from numbering to queueing: the pipeline sends in sequence order, so echoes return in it.
            sequence = ++_sequence;
            byte[] payload;
            try
            {
                payload = DomainEventSerializer.Serialize(new RedisEventEnvelope(InstanceId, sequence, topics, domainEvent));
            }
            catch (NotSupportedException ex)
            {
                // An event type the serializer does not know (a test guards against this): still deliver it here.
                _ledger.Add(sequence, topics, domainEvent, 0, awaitEcho: false);
                Interlocked.Increment(ref _publishFailures);
                RaiseProblem($"Redis event bus: {domainEvent.GetType().Name} cannot be serialized; delivered to this instance only ({ex.Message})", ex);
                return;
            }
            var awaitEcho = _redis.Subscriber.State == RedisConnectionState.Connected;
            _ledger.Add(sequence, topics, domainEvent, _options.TimeProvider.GetTimestamp(), awaitEcho);
            sent = _redis.PublishAsync(ChannelName, payload);
        }
        var outcome = ObserveAsync(sent, sequence, domainEvent);
        if (outcome.IsCompleted) return;
        await outcome.WaitAsync(_options.PublishTimeout, _options.TimeProvider, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Events Redis accepted.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Events whose publish to Redis failed (they reached only this instance's subscribers).</summary>
    public long PublishFailures => Interlocked.Read(ref _publishFailures);

    private async Task ObserveAsync(Task<long> sent, long sequence, IDomainEvent domainEvent)
    {
        var notice = domainEvent is DeliveryResumed;
        try
        {
            await sent.ConfigureAwait(false);
            if (notice) return;
            Interlocked.Increment(ref _published);
            Volatile.Write(ref _failing, 0);
        }
#pragma warning disable CA1031 // whatever went wrong, the event was not published: deliver it here and report
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _ledger.Failed(sequence);
            if (notice) return; // the next reconnect announces again only if events failed meanwhile
            Interlocked.Increment(ref _publishFailures);
            if (Interlocked.Exchange(ref _failing, 1) == 0)
            {
                RaiseProblem($"Redis event bus: publishing {domainEvent.GetType().Name} failed; events reach only this instance's subscribers until Redis is back ({ex.Message})", ex);
            }
        }
    }
}
