namespace StudyGraph.Domain.Sessions.Service;

/// <summary>Settings of <see cref="StudySessionService"/>; the defaults are documented per property.</summary>
public sealed record StudySessionServiceOptions
{
    /// <summary>N when the learner does not choose (default 20).</summary>
    public int DefaultSize { get; init; } = 20;

    /// <summary>The largest N a learner may ask for (default 200; exam simulations use the official count).</summary>
    public int MaxSize { get; init; } = 200;

    /// <summary>TIMED without a time limit: this much per planned question (default 90 s).</summary>
    public TimeSpan DefaultTimePerQuestion { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The longest TIMED limit (default 8 h).</summary>
    public TimeSpan MaxTimeLimit { get; init; } = TimeSpan.FromHours(8);

    /// <summary>Load-apply-save rounds before reporting CONFLICT (default 3).</summary>
    public int MaxSaveAttempts { get; init; } = 3;

    /// <summary>The most exams one (mixed) session spans (default 10).</summary>
    public int MaxExams { get; init; } = 10;

    /// <summary>How much weak topics are preferred in practice draws (see <see cref="Draw.DrawRequest.WeakTopicBoost"/>; default 1).</summary>
    public double WeakTopicBoost { get; init; } = 1.0;
}
