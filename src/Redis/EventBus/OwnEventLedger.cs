using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

/// <summary>
/// This instance's own events between publication and local delivery. While Redis is healthy an own event reaches
/// the local subscribers when its echo comes back from Redis (so it takes its place among the events of other
/// instances); it is delivered without the echo when the publish fails, when the subscribing connection is down,
/// or when the echo is overdue. Whatever the path, each own event is delivered once, in sequence order:
/// delivering sequence <c>s</c> first delivers every earlier one still waiting (an echo that overtakes a waiting
/// event means that event's echo was lost, because one connection's publishes come back in order), and anything at
/// or below the delivered mark is a duplicate.
/// </summary>
internal sealed class OwnEventLedger(Action<IReadOnlyList<string>, IDomainEvent> deliver)
{
    private readonly Lock _gate = new();
    private readonly Queue<Entry> _waiting = new();
    private long _deliveredThrough;
    private long _deliveredWithoutEcho;

    /// <summary>Own events delivered without their echo (publish failed, subscriber down, echo overdue).</summary>
    public long DeliveredWithoutEcho => Interlocked.Read(ref _deliveredWithoutEcho);

    /// <summary>Events waiting for their echo.</summary>
    public int Waiting
    {
        get { lock (_gate) return _waiting.Count; }
    }

    /// <summary>Records event <paramref name="sequence"/> (one more than the last); delivers it at once unless <paramref name="awaitEcho"/>.</summary>
    public void Add(long sequence, IReadOnlyList<string> topics, IDomainEvent domainEvent, long timestamp, bool awaitEcho)
    {
        lock (_gate)
        {
            if (awaitEcho)
            {
                _waiting.Enqueue(new Entry(sequence, topics, domainEvent, timestamp));
                return;
            }
            DeliverThrough(long.MaxValue, echoed: 0);
            Interlocked.Increment(ref _deliveredWithoutEcho);
            deliver(topics, domainEvent);
            _deliveredThrough = sequence;
        }
    }

    /// <summary>The echo of <paramref name="sequence"/> arrived; false when it was already delivered (a duplicate).</summary>
    public bool Echo(long sequence)
    {
        lock (_gate)
        {
            if (sequence <= _deliveredThrough) return false;
            DeliverThrough(sequence, echoed: sequence);
            return true;
        }
    }

    /// <summary>Publishing <paramref name="sequence"/> failed: deliver it (and any earlier waiting event) now.</summary>
    public void Failed(long sequence)
    {
        lock (_gate) DeliverThrough(sequence, echoed: 0);
    }

    /// <summary>Delivers every waiting event (the subscribing connection dropped: no echo will come).</summary>
    public void DeliverAll()
    {
        lock (_gate) DeliverThrough(long.MaxValue, echoed: 0);
    }

    /// <summary>Delivers the waiting events added at or before <paramref name="timestamp"/>, and any earlier ones.</summary>
    public void DeliverAddedBy(long timestamp)
    {
        lock (_gate)
        {
            long last = 0;
            foreach (var entry in _waiting)
            {
                if (entry.Timestamp > timestamp) break;
                last = entry.Sequence;
            }
            if (last > 0) DeliverThrough(last, echoed: 0);
        }
    }

    private void DeliverThrough(long sequence, long echoed)
    {
        while (_waiting.TryPeek(out var entry) && entry.Sequence <= sequence)
        {
            _waiting.Dequeue();
            if (entry.Sequence != echoed) Interlocked.Increment(ref _deliveredWithoutEcho);
            deliver(entry.Topics, entry.Event);
            _deliveredThrough = entry.Sequence;
        }
    }

    private readonly record struct Entry(long Sequence, IReadOnlyList<string> Topics, IDomainEvent Event, long Timestamp);
}
