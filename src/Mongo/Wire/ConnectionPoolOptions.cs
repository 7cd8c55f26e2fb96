namespace StudyGraph.Mongo.Wire;

/// <summary>Connection pool limits.</summary>
public sealed record ConnectionPoolOptions
{
    /// <summary>Most connections open at once (checked out plus idle); 0 means unlimited.</summary>
    public int MaxSize { get; init; } = 100;

    /// <summary>How long a checkout waits for a connection when <see cref="MaxSize"/> are in use.</summary>
    public TimeSpan WaitQueueTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Idle connections older than this are closed (Zero: never).</summary>
    public TimeSpan MaxIdleTime { get; init; } = TimeSpan.Zero;
}
