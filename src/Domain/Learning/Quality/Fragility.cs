namespace StudyGraph.Domain.Learning;

/// <summary>
/// How much of a right immediate re-ask survives: for each learner, every right answer on an immediate re-ask is paired
/// with that learner's next cold encounter of the question (served from the wrong pool, or fresh in a later session).
/// </summary>
/// <param name="ImmediateRetries">Answers on immediate re-asks.</param>
/// <param name="ImmediateRetriesCorrect">Of them right.</param>
/// <param name="LaterColdEncounters">Cold encounters that followed a right re-ask.</param>
/// <param name="LaterColdCorrect">Of them right.</param>
/// <param name="Value">1 − cold right / cold encounters: the share of right re-asks that did not hold later; null without pairs.</param>
public sealed record Fragility(int ImmediateRetries, int ImmediateRetriesCorrect, int LaterColdEncounters, int LaterColdCorrect, double? Value)
{
    /// <summary>Right on the immediate re-ask, as a share, or null without re-asks.</summary>
    public double? ImmediateRetryAccuracy => ImmediateRetries == 0 ? null : (double)ImmediateRetriesCorrect / ImmediateRetries;

    /// <summary>Right on the later cold encounter, as a share, or null without pairs.</summary>
    public double? LaterColdAccuracy => LaterColdEncounters == 0 ? null : (double)LaterColdCorrect / LaterColdEncounters;
}
