using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

/// <summary>
/// One event on the wire: who published it (an id per bus instance and a sequence number that grows by one per
/// event), the topics it goes to, and the event itself.
/// </summary>
/// <param name="Instance">The publishing bus instance (random per process).</param>
/// <param name="Sequence">The publisher's sequence number, 1, 2, 3, ...; duplicates and echoes are recognised by it.</param>
/// <param name="Topics">The topics the publisher delivers the event to.</param>
/// <param name="Event">The event.</param>
public sealed record RedisEventEnvelope(string Instance, long Sequence, IReadOnlyList<string> Topics, IDomainEvent Event);
