namespace StudyGraph.Domain.Sessions.Reports;

/// <summary>A session's report: per-topic breakdown, time per question, the re-ask trail and the penalty history.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Mode">Its mode.</param>
/// <param name="Status">Its status.</param>
/// <param name="Progress">Progress at the end (or now, for a running session).</param>
/// <param name="Topics">Per topic, in order of first appearance in the planned set.</param>
/// <param name="Questions">Per question, in planned order.</param>
/// <param name="Trail">Every counted answer (with its kind: fresh, immediate re-ask, from the pool, revisit).</param>
/// <param name="PenaltyHistory">The wrong pool after each answer.</param>
/// <param name="Score">Exam simulation, once ended: the score and pass/fail.</param>
public sealed record SessionReport(
    string SessionId,
    SessionMode Mode,
    SessionStatus Status,
    SessionProgress Progress,
    IReadOnlyList<TopicBreakdown> Topics,
    IReadOnlyList<QuestionReport> Questions,
    IReadOnlyList<AnswerEntry> Trail,
    IReadOnlyList<PenaltyPoint> PenaltyHistory,
    ExamScore? Score);
