namespace StudyGraph.Redis;

/// <summary>Where a resilient connection stands; report anything but <see cref="Connected"/> as degraded.</summary>
public enum RedisConnectionState
{
    /// <summary>The first connection attempt is under way.</summary>
    Connecting,
    /// <summary>Connected and ready (subscriptions re-established).</summary>
    Connected,
    /// <summary>The connection failed or dropped; retrying with backoff.</summary>
    Reconnecting,
    /// <summary>Gave up: the first connect failed with abort-on-fail, or <see cref="RedisBackoff.MaxAttempts"/> was reached.</summary>
    Failed,
    /// <summary>Disposed by its owner.</summary>
    Disposed,
}
