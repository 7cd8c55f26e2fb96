using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Ports;

/// <summary>One live subscription to a topic of the <see cref="IEventBus"/>; dispose it to stop.</summary>
public interface IEventSubscription : IAsyncDisposable
{
    /// <summary>The topic.</summary>
    string Topic { get; }

    /// <summary>The events in publication order, until the subscription is disposed or <paramref name="ct"/> is cancelled.</summary>
    IAsyncEnumerable<IDomainEvent> ReadAllAsync(CancellationToken ct = default);
}
