namespace StudyGraph.Domain.Ports;

/// <summary>Inputs of a planned-set draw beyond the bank itself.</summary>
/// <param name="SeenQuestionIds">Questions the learner has answered before.</param>
/// <param name="TopicMastery">Mastery per topic id in [0, 1]; missing topics count as 0.5.</param>
public sealed record DrawHints(IReadOnlySet<string> SeenQuestionIds, IReadOnlyDictionary<string, double> TopicMastery)
{
    /// <summary>No history: nothing seen, no mastery known.</summary>
    public static DrawHints None { get; } = new(new HashSet<string>(), new Dictionary<string, double>());
}
