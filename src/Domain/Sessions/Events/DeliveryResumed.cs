namespace StudyGraph.Domain.Sessions.Events;

/// <summary>
/// Not a fact of the domain but a notice from the event bus to its local subscribers: delivery of other instances' events
/// was interrupted (e.g. Redis restarted) and has resumed, so events raised elsewhere meanwhile never arrived here.
/// Subscribers that show state reload it from the store. The bus hands it to every subscribed topic; it is never published
/// (<see cref="Ports.EventTopics.Of"/> gives it no topic).
/// </summary>
/// <param name="OccurredAt">When delivery resumed.</param>
public sealed record DeliveryResumed(DateTimeOffset OccurredAt) : IDomainEvent;
