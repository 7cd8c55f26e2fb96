namespace StudyGraph.Domain.Learning;

/// <summary>Settings of the learning model and analytics, with documented defaults.</summary>
public sealed record LearningOptions
{
    /// <summary>The defaults.</summary>
    public static LearningOptions Default { get; } = new();

    /// <summary>FSRS memory model parameters (FSRS-5 defaults, retention 0.9).</summary>
    public FsrsParameters Fsrs { get; init; } = FsrsParameters.Default;

    /// <summary>Elo model settings (α = 1, β = 0.05).</summary>
    public EloOptions Elo { get; init; } = EloOptions.Default;

    /// <summary>How answers map to FSRS grades (10 s easy, 60 s hard).</summary>
    public GradePolicy Grades { get; init; } = GradePolicy.Default;

    /// <summary>Recommendation thresholds.</summary>
    public RecommendationOptions Recommendations { get; init; } = RecommendationOptions.Default;

    /// <summary>Days in the daily accuracy trend (default 30).</summary>
    public int TrendDays { get; init; } = 30;

    /// <summary>Weeks in the weekly accuracy trend (default 12).</summary>
    public int TrendWeeks { get; init; } = 12;

    /// <summary>How far back streaks look (default 400 days).</summary>
    public int StreakLookbackDays { get; init; } = 400;
}
