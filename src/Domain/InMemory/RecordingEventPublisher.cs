using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.InMemory;

/// <summary>An <see cref="IEventPublisher"/> that keeps what it is given (and optionally forwards it).</summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly object _gate = new();
    private readonly List<IDomainEvent> _events = [];

    /// <summary>Called for each published event, after it is recorded.</summary>
    public Action<IDomainEvent>? OnPublished { get; set; }

    /// <summary>Every published event in order.</summary>
    public IReadOnlyList<IDomainEvent> Events
    {
        get { lock (_gate) return [.. _events]; }
    }

    /// <summary>The published events of one type, in order.</summary>
    public IReadOnlyList<T> OfType<T>() where T : IDomainEvent
    {
        lock (_gate) return [.. _events.OfType<T>()];
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(IDomainEvent domainEvent, CancellationToken ct = default)
    {
        lock (_gate) _events.Add(domainEvent);
        OnPublished?.Invoke(domainEvent);
        return ValueTask.CompletedTask;
    }
}
