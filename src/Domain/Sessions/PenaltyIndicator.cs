namespace StudyGraph.Domain.Sessions;

/// <summary>The wrong-pool summary shown to the learner: <c>(+N Question(s) @ M Try/Tries)</c>.</summary>
/// <param name="Questions">N, the entries in the wrong pool.</param>
/// <param name="Tries">M, the sum of their remaining tries.</param>
public sealed record PenaltyIndicator(int Questions, int Tries)
{
    /// <summary>The text with correct plurals, e.g. <c>(+1 Question @ 2 Tries)</c>.</summary>
    public string Text => $"(+{Questions} {(Questions == 1 ? "Question" : "Questions")} @ {Tries} {(Tries == 1 ? "Try" : "Tries")})";

    /// <summary>The indicator for a pool, or null when the pool is empty.</summary>
    public static PenaltyIndicator? For(int questions, int tries) => questions <= 0 ? null : new PenaltyIndicator(questions, tries);

    /// <inheritdoc />
    public override string ToString() => Text;
}
