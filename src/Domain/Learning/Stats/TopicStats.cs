namespace StudyGraph.Domain.Learning;

/// <summary>A learner's counters and ability in one topic.</summary>
/// <param name="TopicId">The topic.</param>
/// <param name="Ability">Elo ability θ (first-try answers only).</param>
/// <param name="FirstTryAnswered">First-try answers.</param>
/// <param name="FirstTryCorrect">First-try answers that were right.</param>
/// <param name="Attempts">All answers, re-asks included.</param>
/// <param name="TotalTime">Time spent on all answers.</param>
public sealed record TopicStats(string TopicId, Rating Ability, int FirstTryAnswered, int FirstTryCorrect, int Attempts, TimeSpan TotalTime)
{
    /// <summary>Nothing answered yet.</summary>
    public static TopicStats Empty(string topicId) => new(topicId, Rating.Initial, 0, 0, 0, TimeSpan.Zero);

    /// <summary>First-try accuracy, or null before the first answer.</summary>
    public double? Accuracy => FirstTryAnswered == 0 ? null : (double)FirstTryCorrect / FirstTryAnswered;
}
