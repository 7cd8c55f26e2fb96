namespace StudyGraph.Domain.Sessions.Service;

/// <summary>A learner's request to start a session.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="Mode">The mode.</param>
/// <param name="ExamIds">One or more exams (several make a mixed session; EXAM_SIMULATION takes exactly one).</param>
/// <param name="TopicIds">TOPIC_FOCUS: the topics to study.</param>
/// <param name="Size">N; default from the service options; EXAM_SIMULATION uses the official count.</param>
/// <param name="TimeLimit">TIMED: the time allowed (default: a fixed time per question).</param>
/// <param name="ReaskProbability">Chance of serving the wrong pool next (default 0.2).</param>
/// <param name="Seed">Fixes the session's generator (tests, replays); random when null.</param>
public sealed record StartSessionCommand(
    string UserId,
    SessionMode Mode,
    IReadOnlyList<string> ExamIds,
    IReadOnlyList<string>? TopicIds = null,
    int? Size = null,
    TimeSpan? TimeLimit = null,
    double? ReaskProbability = null,
    ulong? Seed = null);
