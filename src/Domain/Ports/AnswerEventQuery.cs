namespace StudyGraph.Domain.Ports;

/// <summary>A typed filter over answer events, oldest first; null fields do not filter.</summary>
/// <param name="UserId">Only this learner's answers.</param>
/// <param name="ExamId">Only answers to this exam's questions.</param>
/// <param name="QuestionId">Only answers to this question.</param>
/// <param name="SessionId">Only answers of this session.</param>
/// <param name="Since">Only answers at or after this time.</param>
/// <param name="Until">Only answers before this time.</param>
/// <param name="Limit">At most this many (the oldest first).</param>
public sealed record AnswerEventQuery(
    string? UserId = null,
    string? ExamId = null,
    string? QuestionId = null,
    string? SessionId = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int? Limit = null);
