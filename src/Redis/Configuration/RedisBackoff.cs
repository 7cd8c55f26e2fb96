namespace StudyGraph.Redis;

/// <summary>
/// Reconnect delays: attempt n waits a random time between half and all of <c>min(MaxDelay, BaseDelay * 2^n)</c>
/// ("equal jitter"), so many clients do not reconnect in lock step.
/// </summary>
public sealed class RedisBackoff
{
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <summary>Creates the backoff with its source of randomness (seed it in tests).</summary>
    public RedisBackoff(Random? random = null) => _random = random ?? new Random();

    /// <summary>Delay before the first retry (before jitter). Default 100 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Largest delay. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Give up (state <see cref="RedisConnectionState.Failed"/>) after this many failed attempts in a row; 0 (default) retries forever.</summary>
    public int MaxAttempts { get; init; }

    /// <summary>The delay before retry number <paramref name="attempt"/> (0 for the first).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        var cap = Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 40)));
        double fraction;
        lock (_gate) fraction = _random.NextDouble();
        return TimeSpan.FromTicks((long)(cap / 2 + cap / 2 * fraction));
    }
}
