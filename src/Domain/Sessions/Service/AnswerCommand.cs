namespace StudyGraph.Domain.Sessions.Service;

/// <summary>A learner's answer to the current question of a session.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="UserId">The learner (must own the session).</param>
/// <param name="QuestionId">The question answered (must be the current one).</param>
/// <param name="ChoiceIds">The chosen choice ids.</param>
/// <param name="PresentationNumber">The presentation answered, when the client knows it (recommended: racing answers to one presentation then cannot both count).</param>
/// <param name="IdempotencyKey">A client key: a retry with the same key returns the first result.</param>
public sealed record AnswerCommand(
    string SessionId,
    string UserId,
    string QuestionId,
    IReadOnlyList<string> ChoiceIds,
    int? PresentationNumber = null,
    string? IdempotencyKey = null);
