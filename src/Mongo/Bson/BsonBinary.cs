namespace StudyGraph.Mongo.Bson;

/// <summary>BSON binary data: a subtype byte and the payload.</summary>
public sealed class BsonBinary : IEquatable<BsonBinary>
{
    private readonly byte[] _data;

    /// <summary>Creates binary data; the array is taken as is (not copied).</summary>
    public BsonBinary(byte subType, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        SubType = subType;
        _data = data;
    }

    /// <summary>Creates binary data of a well-known subtype.</summary>
    public BsonBinary(BsonBinarySubType subType, byte[] data) : this((byte)subType, data) { }

    /// <summary>The subtype byte.</summary>
    public byte SubType { get; }

    /// <summary>The payload (for subtype 2 without its inner length prefix).</summary>
    public ReadOnlyMemory<byte> Data => _data;

    /// <summary>The payload as a span.</summary>
    public ReadOnlySpan<byte> Span => _data;

    /// <summary>A UUID (subtype 4) holding <paramref name="guid"/> in the standard big-endian byte order.</summary>
    public static BsonBinary FromGuid(Guid guid) => new(BsonBinarySubType.Uuid, guid.ToByteArray(bigEndian: true));

    /// <summary>Reads a subtype-4 UUID as a <see cref="Guid"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a 16-byte subtype-4 UUID.</exception>
    public Guid ToGuid()
    {
        if (SubType != (byte)BsonBinarySubType.Uuid || _data.Length != 16)
            throw new InvalidOperationException($"Binary subtype {SubType} of {_data.Length} bytes is not a standard UUID.");
        return new Guid(_data, bigEndian: true);
    }

    /// <inheritdoc />
    public bool Equals(BsonBinary? other) =>
        other is not null && other.SubType == SubType && other._data.AsSpan().SequenceEqual(_data);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BsonBinary);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(SubType);
        h.AddBytes(_data);
        return h.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"Binary({SubType:x2}, {Convert.ToBase64String(_data)})";
}
