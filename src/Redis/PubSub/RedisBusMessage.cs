namespace StudyGraph.Redis;

/// <summary>A bus message: its topic (channel without the prefix) and payload.</summary>
public sealed record RedisBusMessage(string Topic, ReadOnlyMemory<byte> Payload);
