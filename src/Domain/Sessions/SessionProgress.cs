namespace StudyGraph.Domain.Sessions;

/// <summary>A learner's progress through a session at one moment.</summary>
/// <param name="Planned">N, the size of the planned set.</param>
/// <param name="Cleared">Questions answered correctly and not waiting in the wrong pool (or, in an exam simulation, answered).</param>
/// <param name="FirstTryCorrect">Questions answered correctly on their first presentation.</param>
/// <param name="Answered">Distinct questions answered at least once.</param>
/// <param name="TotalAttempts">Every answer counted, re-asks included.</param>
/// <param name="Accuracy">First-try correct / answered, in [0, 1] (0 before the first answer).</param>
/// <param name="WrongPoolSize">Entries in the wrong pool.</param>
/// <param name="OutstandingTries">The sum of the pool entries' remaining tries.</param>
/// <param name="FreshRemaining">Planned questions not yet presented.</param>
/// <param name="Elapsed">Time since the start, pauses excluded.</param>
/// <param name="TimeLeft">Time until the deadline (timed modes), else null.</param>
/// <param name="Completion">Cleared / planned, in [0, 1].</param>
/// <param name="Penalty">The penalty indicator, or null when the wrong pool is empty.</param>
public sealed record SessionProgress(
    int Planned,
    int Cleared,
    int FirstTryCorrect,
    int Answered,
    int TotalAttempts,
    double Accuracy,
    int WrongPoolSize,
    int OutstandingTries,
    int FreshRemaining,
    TimeSpan Elapsed,
    TimeSpan? TimeLeft,
    double Completion,
    PenaltyIndicator? Penalty);
