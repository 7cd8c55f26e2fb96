namespace StudyGraph.Redis;

/// <summary>A change of <see cref="RedisConnectionState"/>, with the error that caused it when there was one.</summary>
public sealed class RedisConnectionStateChangedEventArgs(RedisConnectionState previous, RedisConnectionState current, Exception? error) : EventArgs
{
    /// <summary>The state before.</summary>
    public RedisConnectionState Previous { get; } = previous;

    /// <summary>The state now.</summary>
    public RedisConnectionState Current { get; } = current;

    /// <summary>Why the connection is not connected, if known.</summary>
    public Exception? Error { get; } = error;
}
