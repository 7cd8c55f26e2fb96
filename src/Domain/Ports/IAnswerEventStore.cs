using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Ports;

/// <summary>The append-only log of answers; analytics read it.</summary>
public interface IAnswerEventStore
{
    /// <summary>Appends an event; appending an event id that exists again is ignored (idempotent).</summary>
    ValueTask AppendAsync(AnswerRecorded answer, CancellationToken ct = default);

    /// <summary>Events matching <paramref name="query"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<AnswerRecorded>> QueryAsync(AnswerEventQuery query, CancellationToken ct = default);

    /// <summary>Deletes every event of a learner (account deletion); returns how many.</summary>
    ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default);
}
