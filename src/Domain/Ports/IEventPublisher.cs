using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Ports;

/// <summary>Publishes domain events to the event bus (in-memory or Redis), after the change is saved.</summary>
public interface IEventPublisher
{
    /// <summary>Publishes one event.</summary>
    ValueTask PublishAsync(IDomainEvent domainEvent, CancellationToken ct = default);
}
