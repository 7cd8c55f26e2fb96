namespace StudyGraph.Domain.Sessions;

/// <summary>Per-session settings, stored with the session.</summary>
public sealed record SessionOptions
{
    /// <summary>The default share of next-question picks served from the wrong pool.</summary>
    public const double DefaultReaskProbability = 0.2;

    /// <summary>Chance that the next question comes from the wrong pool (when it holds another entry); 0..1, default 0.2.</summary>
    public double ReaskProbability { get; init; } = DefaultReaskProbability;

    /// <summary>Correct answers a wrong-pool entry needs before it leaves the pool (default 2).</summary>
    public int TriesToMaster { get; init; } = 2;

    /// <summary>TIMED sessions: the time allowed; EXAM_SIMULATION uses the exam's official duration.</summary>
    public TimeSpan? TimeLimit { get; init; }
}
