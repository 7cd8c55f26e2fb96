namespace StudyGraph.Redis;

public sealed partial class RedisEventBus
{
    /// <summary>True when cross-instance delivery works right now: both Redis connections are connected.</summary>
    public bool IsHealthy => Volatile.Read(ref _disposed) == 0 && _redis.IsHealthy;

    /// <summary>The state of the worse of the two connections.</summary>
    public RedisConnectionState State => _redis.State;

    /// <summary>
    /// One line for <c>/health/ready</c>: healthy, or degraded with each connection's state and the last error.
    /// Degraded is not down: publishing still works and this instance's subscribers still get this instance's events.
    /// </summary>
    public string HealthDescription
    {
        get
        {
            var endPoint = _redis.Publisher.Options.EndPoint;
            if (IsHealthy) return $"Redis event bus connected to {endPoint} (channel {Channel})";
            var error = _redis.Subscriber.LastError ?? _redis.Publisher.LastError;
            return $"Redis event bus degraded: {endPoint} publisher {_redis.Publisher.State}, subscriber {_redis.Subscriber.State}"
                + (error is null ? "" : $" ({error.Message})")
                + "; events reach only this instance's subscribers until it reconnects";
        }
    }
}
