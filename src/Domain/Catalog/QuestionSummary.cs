namespace StudyGraph.Domain.Catalog;

/// <summary>The few fields of a question a session draw needs, so a draw from a large bank loads no texts.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="ExamId">The exam's id.</param>
/// <param name="TopicId">The topic's id.</param>
/// <param name="Difficulty">1..5.</param>
public sealed record QuestionSummary(string Id, string ExamId, string TopicId, int Difficulty);
