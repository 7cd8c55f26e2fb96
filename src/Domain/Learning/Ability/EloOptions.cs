namespace StudyGraph.Domain.Learning;

/// <summary>
/// Settings of the Elo model. The defaults follow Pelánek (2016), "Applications of the Elo rating system in adaptive
/// educational systems": uncertainty function K(n) = α / (1 + β·n) with α = 1 and β = 0.05.
/// </summary>
/// <param name="Alpha">α: the step size of a first update (default 1).</param>
/// <param name="Beta">β: how fast steps shrink with the number of updates (default 0.05).</param>
/// <param name="AverageGuess">Guess chance assumed for a topic's "average question" in readiness (default 0.25: one of four).</param>
public sealed record EloOptions(double Alpha = 1.0, double Beta = 0.05, double AverageGuess = 0.25)
{
    /// <summary>The defaults.</summary>
    public static EloOptions Default { get; } = new();
}
