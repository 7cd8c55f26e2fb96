namespace StudyGraph.Redis;

/// <summary>A message received on a subscribed channel (or through a pattern).</summary>
public sealed class RedisMessage(string channel, string? pattern, ReadOnlyMemory<byte> payload)
{
    /// <summary>The channel it was published to (with any prefix).</summary>
    public string Channel { get; } = channel;

    /// <summary>The pattern it matched, for pattern subscriptions; otherwise null.</summary>
    public string? Pattern { get; } = pattern;

    /// <summary>The published bytes (shared by every local subscriber: do not change them).</summary>
    public ReadOnlyMemory<byte> Payload { get; } = payload;
}
