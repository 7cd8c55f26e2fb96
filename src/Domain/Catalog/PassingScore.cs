namespace StudyGraph.Domain.Catalog;

/// <summary>The passing score as the provider states it (for example 720 of 1000).</summary>
/// <param name="Score">The score needed to pass.</param>
/// <param name="MaxScore">The maximum score.</param>
public sealed record PassingScore(int Score, int MaxScore)
{
    /// <summary>The share of the maximum needed to pass, in [0, 1].</summary>
    public double Fraction => MaxScore <= 0 ? 0 : (double)Score / MaxScore;
}
