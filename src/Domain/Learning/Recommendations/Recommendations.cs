namespace StudyGraph.Domain.Learning;

/// <summary>What to study next.</summary>
/// <param name="WeakTopics">Topics by descending priority (weight × (1 − mastery)).</param>
/// <param name="DueReviews">Questions due for review now.</param>
/// <param name="NextSession">The suggested next session.</param>
public sealed record Recommendations(IReadOnlyList<TopicPriority> WeakTopics, int DueReviews, SessionSuggestion NextSession);
