namespace StudyGraph.Domain.Sessions.Events;

/// <summary>One counted answer; the source of learning analytics (append-only).</summary>
/// <param name="EventId">Unique id of the event (session id + attempt number).</param>
/// <param name="UserId">The learner.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Mode">The session's mode.</param>
/// <param name="ExamId">The question's exam.</param>
/// <param name="TopicId">The question's topic.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="ChosenChoiceIds">The choice ids the learner chose.</param>
/// <param name="Correct">True when the chosen set equals the correct set.</param>
/// <param name="FirstTry">True when this was the question's first presentation in the session.</param>
/// <param name="AttemptKind">Fresh, immediate re-ask, or from the wrong pool.</param>
/// <param name="TimeTaken">From presentation to answer.</param>
/// <param name="OccurredAt">When the answer was recorded.</param>
public sealed record AnswerRecorded(
    string EventId,
    string UserId,
    string SessionId,
    SessionMode Mode,
    string ExamId,
    string TopicId,
    string QuestionId,
    IReadOnlyList<string> ChosenChoiceIds,
    bool Correct,
    bool FirstTry,
    AttemptKind AttemptKind,
    TimeSpan TimeTaken,
    DateTimeOffset OccurredAt) : IDomainEvent;
