namespace StudyGraph.Domain.Sessions;

/// <summary>What <see cref="StudySession.Answer"/> decided.</summary>
/// <param name="Entry">The trail entry (attempt number, correctness, next action, next presentation, pool after).</param>
/// <param name="FeedbackShown">False in an exam simulation: correctness is revealed only by the score and report at the end.</param>
/// <param name="Replayed">True when an idempotency key matched an earlier answer: nothing was counted again.</param>
public sealed record AnswerOutcome(AnswerEntry Entry, bool FeedbackShown, bool Replayed)
{
    /// <summary>The penalty indicator after the answer, or null when the wrong pool is empty.</summary>
    public PenaltyIndicator? Penalty => PenaltyIndicator.For(Entry.PoolSize, Entry.PoolTries);
}
