namespace StudyGraph.Domain.Sessions.Reports;

/// <summary>A session's results for one topic.</summary>
/// <param name="ExamId">The exam.</param>
/// <param name="TopicId">The topic.</param>
/// <param name="Planned">Planned questions of the topic.</param>
/// <param name="Answered">Of those, answered at least once.</param>
/// <param name="FirstTryCorrect">Of those, correct on the first try.</param>
/// <param name="Cleared">Of those, cleared.</param>
/// <param name="Attempts">Answers counted.</param>
/// <param name="Accuracy">FirstTryCorrect / Answered (0 when none answered); exam simulation: final answers correct / answered.</param>
/// <param name="AverageTime">Average time spent per answered question.</param>
public sealed record TopicBreakdown(string ExamId, string TopicId, int Planned, int Answered, int FirstTryCorrect, int Cleared, int Attempts, double Accuracy, TimeSpan AverageTime);
