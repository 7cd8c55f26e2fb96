namespace StudyGraph.Domain.Sessions.Reports;

/// <summary>A session's results for one question.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="TopicId">Its topic.</param>
/// <param name="Attempts">Answers counted for it.</param>
/// <param name="Reasks">Immediate re-asks it needed.</param>
/// <param name="FirstTryCorrect">Correct on the first try.</param>
/// <param name="Cleared">Cleared by the end.</param>
/// <param name="Flagged">Flagged for review.</param>
/// <param name="TimeSpent">Total time on it.</param>
public sealed record QuestionReport(string QuestionId, string TopicId, int Attempts, int Reasks, bool FirstTryCorrect, bool Cleared, bool Flagged, TimeSpan TimeSpent);
