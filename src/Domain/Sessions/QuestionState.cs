namespace StudyGraph.Domain.Sessions;

/// <summary>What happened to one planned question so far (index-aligned with the planned set).</summary>
/// <param name="Presented">It has been shown at least once.</param>
/// <param name="Answered">It has been answered at least once.</param>
/// <param name="FirstTryCorrect">Its first answer was correct.</param>
/// <param name="Cleared">Answered correctly and not waiting in the wrong pool (exam simulation: answered).</param>
/// <param name="Attempts">Answers counted for it.</param>
/// <param name="TimeSpent">The time spent on it across presentations.</param>
/// <param name="LastOrder">The choice order of its latest presentation.</param>
/// <param name="Flagged">Flagged for review by the learner.</param>
/// <param name="FlagSequence">When flagged, the order of flagging (exam simulation revisits in this order).</param>
/// <param name="Revisited">Exam simulation: revisited after being flagged.</param>
/// <param name="FinalChoiceIds">Exam simulation: the answer that is scored.</param>
public sealed record QuestionState(
    bool Presented = false,
    bool Answered = false,
    bool FirstTryCorrect = false,
    bool Cleared = false,
    int Attempts = 0,
    TimeSpan TimeSpent = default,
    IReadOnlyList<string>? LastOrder = null,
    bool Flagged = false,
    long FlagSequence = 0,
    bool Revisited = false,
    IReadOnlyList<string>? FinalChoiceIds = null);
