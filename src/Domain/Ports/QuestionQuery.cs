namespace StudyGraph.Domain.Ports;

/// <summary>A typed filter over questions; null fields do not filter. Results are ordered by id.</summary>
/// <param name="ExamId">Only questions of this exam.</param>
/// <param name="TopicId">Only questions of this topic.</param>
/// <param name="Difficulty">Only questions of this difficulty.</param>
/// <param name="Tag">Only questions carrying this tag.</param>
public sealed record QuestionQuery(string? ExamId = null, string? TopicId = null, int? Difficulty = null, string? Tag = null);
