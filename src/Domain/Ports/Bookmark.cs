namespace StudyGraph.Domain.Ports;

/// <summary>A question a learner saved to come back to.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="QuestionId">The saved question.</param>
/// <param name="Note">The learner's note, or null.</param>
/// <param name="CreatedAt">When it was first bookmarked.</param>
public sealed record Bookmark(string UserId, string QuestionId, string? Note, DateTimeOffset CreatedAt);
