namespace StudyGraph.Domain.Learning;

/// <summary>Thresholds of <see cref="Recommender"/>, with documented defaults.</summary>
/// <param name="MinDueForReview">Due reviews that make the next session a REVIEW (default 10).</param>
/// <param name="WarmUpAnswers">Below this many first-try answers in the exam, suggest plain PRACTICE (default 20).</param>
/// <param name="FocusTopics">How many weakest topics a TOPIC_FOCUS session covers (default 2).</param>
/// <param name="SimulationPassProbability">Pass probability from which an EXAM_SIMULATION is suggested (default 0.8).</param>
/// <param name="WeakTopicCount">How many ranked topics to return (default: all).</param>
public sealed record RecommendationOptions(
    int MinDueForReview = 10,
    int WarmUpAnswers = 20,
    int FocusTopics = 2,
    double SimulationPassProbability = 0.8,
    int WeakTopicCount = int.MaxValue)
{
    /// <summary>The defaults.</summary>
    public static RecommendationOptions Default { get; } = new();
}
