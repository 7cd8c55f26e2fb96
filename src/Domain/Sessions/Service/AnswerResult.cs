using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Domain.Sessions.Service;

/// <summary>What the learner gets back for an answer.</summary>
/// <param name="AttemptNumber">The answer's number in the session.</param>
/// <param name="Correct">Whether it was correct; null while feedback is withheld (exam simulation).</param>
/// <param name="NextAction">Retry the same question, go to the next, or the session is complete.</param>
/// <param name="Penalty">The penalty indicator after the answer, or null when the wrong pool is empty.</param>
/// <param name="Next">The next presentation (the same question reshuffled for a retry), or null when complete.</param>
/// <param name="Explanation">Only when answered correctly with feedback on.</param>
/// <param name="CorrectChoiceIds">Only when answered correctly with feedback on.</param>
/// <param name="Progress">The progress now.</param>
/// <param name="Status">The session's status now.</param>
/// <param name="Score">Exam simulation, once ended: the score.</param>
/// <param name="Replayed">True when this repeats the result of an earlier request with the same idempotency key.</param>
public sealed record AnswerResult(
    int AttemptNumber,
    bool? Correct,
    NextAction NextAction,
    PenaltyIndicator? Penalty,
    QuestionPresentation? Next,
    string? Explanation,
    IReadOnlyList<string>? CorrectChoiceIds,
    SessionProgress Progress,
    SessionStatus Status,
    ExamScore? Score,
    bool Replayed)
{
    /// <summary>The session as saved with this answer (callers showing it need not load it again).</summary>
    public StudySession? Session { get; init; }
}
