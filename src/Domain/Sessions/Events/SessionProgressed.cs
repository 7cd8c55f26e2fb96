namespace StudyGraph.Domain.Sessions.Events;

/// <summary>A session's progress changed (an answer, a pause, an ending); live subscribers receive it.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="UserId">The learner.</param>
/// <param name="ExamIds">The session's exams.</param>
/// <param name="Status">The status after the change.</param>
/// <param name="Version">The session's version after the change.</param>
/// <param name="Progress">The progress after the change.</param>
/// <param name="OccurredAt">When it changed.</param>
public sealed record SessionProgressed(
    string SessionId,
    string UserId,
    IReadOnlyList<string> ExamIds,
    SessionStatus Status,
    long Version,
    SessionProgress Progress,
    DateTimeOffset OccurredAt) : IDomainEvent;
