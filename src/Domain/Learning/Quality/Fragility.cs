namespace StudyGraph.Domain.Learning;

/// <summary>
/// Does a right immediate re-ask mean the learner learned it? Compares accuracy on immediate re-asks with accuracy on
/// the same learner's next cold encounter after a miss (served from the wrong pool, or fresh in a later session).
/// </summary>
/// <param name="ImmediateRetries">Answers on immediate re-asks.</param>
/// <param name="ImmediateRetriesCorrect">Of them right.</param>
/// <param name="LaterColdEncounters">Cold encounters that followed a miss of the same learner (one per miss).</param>
/// <param name="LaterColdCorrect">Of them right.</param>
public sealed record Fragility(int ImmediateRetries, int ImmediateRetriesCorrect, int LaterColdEncounters, int LaterColdCorrect)
{
    /// <summary>Right on the immediate re-ask, as a share, or null without re-asks.</summary>
    public double? ImmediateRetryAccuracy => ImmediateRetries == 0 ? null : (double)ImmediateRetriesCorrect / ImmediateRetries;

    /// <summary>Right on the later cold encounter after a miss, as a share, or null without such encounters.</summary>
    public double? LaterColdAccuracy => LaterColdEncounters == 0 ? null : (double)LaterColdCorrect / LaterColdEncounters;

    /// <summary>
    /// Immediate re-ask accuracy − later cold accuracy, in [−1, 1]; high means learners recall the re-ask, not the topic.
    /// Null unless both are known.
    /// </summary>
    public double? Value => ImmediateRetryAccuracy is { } now && LaterColdAccuracy is { } later ? now - later : null;
}
