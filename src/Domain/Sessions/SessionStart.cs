using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Sessions;

/// <summary>The fixed facts of a new session (what was asked for, after validation by the service).</summary>
/// <param name="Id">The session's id.</param>
/// <param name="UserId">The learner.</param>
/// <param name="Mode">The mode.</param>
/// <param name="ExamIds">The exams.</param>
/// <param name="TopicIds">TOPIC_FOCUS: the chosen topics; otherwise empty.</param>
/// <param name="Options">Re-ask probability, tries to master, time limit.</param>
/// <param name="Deadline">TIMED and EXAM_SIMULATION: when the session expires.</param>
/// <param name="PassingScore">EXAM_SIMULATION: the exam's passing score.</param>
public sealed record SessionStart(
    string Id,
    string UserId,
    SessionMode Mode,
    IReadOnlyList<string> ExamIds,
    IReadOnlyList<string> TopicIds,
    SessionOptions Options,
    DateTimeOffset? Deadline = null,
    PassingScore? PassingScore = null);
