namespace StudyGraph.Domain.Sessions.Events;

/// <summary>A session completed, was abandoned or expired.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="UserId">The learner.</param>
/// <param name="Mode">The session's mode.</param>
/// <param name="ExamIds">The session's exams.</param>
/// <param name="Status">Completed, Abandoned or Expired.</param>
/// <param name="Progress">The final progress.</param>
/// <param name="ScoreFraction">Exam simulation: the share answered correctly; otherwise null.</param>
/// <param name="Passed">Exam simulation: whether the score reaches the passing fraction; otherwise null.</param>
/// <param name="OccurredAt">When it ended.</param>
public sealed record SessionEnded(
    string SessionId,
    string UserId,
    SessionMode Mode,
    IReadOnlyList<string> ExamIds,
    SessionStatus Status,
    SessionProgress Progress,
    double? ScoreFraction,
    bool? Passed,
    DateTimeOffset OccurredAt) : IDomainEvent;
