namespace StudyGraph.Mongo.Bson;

/// <summary>The internal MongoDB timestamp: seconds since the epoch (<see cref="T"/>) and an ordinal (<see cref="I"/>).</summary>
/// <param name="T">Seconds since the Unix epoch (high 32 bits on the wire).</param>
/// <param name="I">The increment (low 32 bits on the wire).</param>
public readonly record struct BsonTimestamp(uint T, uint I)
{
    /// <summary>The 64-bit wire value: T in the high half, I in the low half.</summary>
    public ulong Value => ((ulong)T << 32) | I;

    /// <summary>Builds a timestamp from its 64-bit wire value.</summary>
    public static BsonTimestamp FromValue(ulong value) => new((uint)(value >> 32), (uint)value);
}
