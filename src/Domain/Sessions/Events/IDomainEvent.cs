namespace StudyGraph.Domain.Sessions.Events;

/// <summary>Something that happened in the Domain, published through <see cref="Ports.IEventPublisher"/>.</summary>
public interface IDomainEvent
{
    /// <summary>When it happened.</summary>
    DateTimeOffset OccurredAt { get; }
}
