using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

public sealed partial class RedisEventBus
{
    private long _receivedRemote;
    private long _duplicatesDropped;
    private long _rejected;

    /// <summary>Events from other instances delivered to the local subscribers.</summary>
    public long ReceivedFromOthers => Interlocked.Read(ref _receivedRemote);

    /// <summary>Messages dropped because their event had already been delivered here.</summary>
    public long DuplicatesDropped => Interlocked.Read(ref _duplicatesDropped);

    /// <summary>Messages on the channel that could not be read (reported through <see cref="Problem"/>).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Own events delivered locally without their echo from Redis (publish failed, Redis down, echo overdue).</summary>
    public long DeliveredWithoutEcho => _ledger.DeliveredWithoutEcho;

    // Called by the subscription, one message at a time, in the order Redis sent them.
    private ValueTask OnMessageAsync(RedisBusMessage message, CancellationToken cancellationToken)
    {
        if (DomainEventSerializer.TryReadOwnSequence(message.Payload.Span, _instanceUtf8, out var ownSequence))
        {
            if (!_ledger.Echo(ownSequence)) Interlocked.Increment(ref _duplicatesDropped);
            return ValueTask.CompletedTask;
        }
        RedisEventEnvelope envelope;
        try
        {
            envelope = DomainEventSerializer.Deserialize(message.Payload.Span);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            Interlocked.Increment(ref _rejected);
            RaiseProblem($"Redis event bus: dropped an unreadable message on {Channel} ({message.Payload.Length} bytes): {ex.Message}", ex);
            return ValueTask.CompletedTask;
        }
        if (string.Equals(envelope.Instance, InstanceId, StringComparison.Ordinal))
        {
            if (!_ledger.Echo(envelope.Sequence)) Interlocked.Increment(ref _duplicatesDropped);
            return ValueTask.CompletedTask;
        }
        // Each instance's events arrive in its sequence order (one publishing connection); gaps are events lost
        // while a connection was down, and nothing at or below the last one seen is delivered again.
        if (_remoteSequences.TryGetValue(envelope.Instance, out var last) && envelope.Sequence <= last)
        {
            Interlocked.Increment(ref _duplicatesDropped);
            return ValueTask.CompletedTask;
        }
        _remoteSequences[envelope.Instance] = envelope.Sequence;
        if (envelope.Event is DeliveryResumed resumed)
        {
            // Another instance's publisher is back from an outage: events it could not publish never came here.
            Interlocked.Increment(ref _resumptions);
            _local.DeliverToAll(resumed);
            return ValueTask.CompletedTask;
        }
        Interlocked.Increment(ref _receivedRemote);
        DeliverLocally(envelope.Topics, envelope.Event);
        return ValueTask.CompletedTask;
    }
}
