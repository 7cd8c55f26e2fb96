namespace StudyGraph.Domain.Learning;

/// <summary>The Elo difficulty of a question, shared by all learners and holding no user id.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="ExamId">Its exam.</param>
/// <param name="TopicId">Its topic.</param>
/// <param name="Difficulty">Elo difficulty b (first-try answers only).</param>
public sealed record QuestionRating(string QuestionId, string ExamId, string TopicId, Rating Difficulty);
