using StudyGraph.Domain.Sessions;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of <c>AnswerOutcome</c>.</summary>
/// <param name="QuestionId">The question answered (raw id).</param>
/// <param name="AnsweredCorrectly">Whether it was right (false while an exam simulation hides feedback).</param>
/// <param name="NextAction">What follows.</param>
/// <param name="At">When.</param>
public sealed record AnswerOutcomeNode(string QuestionId, bool AnsweredCorrectly, NextAction NextAction, DateTimeOffset At);
