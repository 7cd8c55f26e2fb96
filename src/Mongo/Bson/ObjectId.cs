using System.Buffers.Binary;
using System.Security.Cryptography;

namespace StudyGraph.Mongo.Bson;

/// <summary>
/// A 12-byte ObjectId: 4-byte big-endian seconds since the epoch, 5 random bytes chosen once per process,
/// and a 3-byte big-endian counter starting at a random value.
/// </summary>
public readonly struct ObjectId : IEquatable<ObjectId>, IComparable<ObjectId>
{
    private static readonly byte[] ProcessRandom = RandomNumberGenerator.GetBytes(5);
    private static int _counter = RandomNumberGenerator.GetInt32(0, 0x1000000);

    // Stored as three big-endian words so comparison follows byte order.
    private readonly uint _a;
    private readonly uint _b;
    private readonly uint _c;

    /// <summary>Reads an ObjectId from exactly 12 bytes.</summary>
    public ObjectId(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 12) throw new ArgumentException("An ObjectId is 12 bytes.", nameof(bytes));
        _a = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]);
        _c = BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]);
    }

    internal ObjectId(uint a, uint b, uint c)
    {
        _a = a;
        _b = b;
        _c = c;
    }

    internal uint A => _a;

    internal uint B => _b;

    internal uint C => _c;

    /// <summary>The all-zero ObjectId.</summary>
    public static ObjectId Empty => default;

    /// <summary>The creation time encoded in the first four bytes.</summary>
    public DateTimeOffset CreationTime => DateTimeOffset.FromUnixTimeSeconds(_a);

    /// <summary>Generates a new ObjectId using <paramref name="time"/> (the system clock when null).</summary>
    public static ObjectId GenerateNewId(TimeProvider? time = null)
    {
        var seconds = (uint)(time ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds();
        var counter = Interlocked.Increment(ref _counter) & 0xFFFFFF;
        Span<byte> b = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(b, seconds);
        ProcessRandom.CopyTo(b[4..]);
        b[9] = (byte)(counter >> 16);
        b[10] = (byte)(counter >> 8);
        b[11] = (byte)counter;
        return new ObjectId(b);
    }

    /// <summary>Parses 24 hexadecimal digits.</summary>
    public static ObjectId Parse(string hex)
    {
        if (!TryParse(hex, out var id)) throw new FormatException($"'{hex}' is not 24 hexadecimal digits.");
        return id;
    }

    /// <summary>Parses 24 hexadecimal digits; false when <paramref name="hex"/> is not one.</summary>
    public static bool TryParse(string? hex, out ObjectId id)
    {
        id = default;
        if (hex is null || hex.Length != 24) return false;
        Span<byte> b = stackalloc byte[12];
        if (Convert.FromHexString(hex, b, out _, out var written) != System.Buffers.OperationStatus.Done || written != 12) return false;
        id = new ObjectId(b);
        return true;
    }

    /// <summary>Writes the 12 bytes to <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], _b);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], _c);
    }

    /// <summary>The 12 bytes.</summary>
    public byte[] ToByteArray()
    {
        var b = new byte[12];
        WriteTo(b);
        return b;
    }

    /// <summary>24 lowercase hexadecimal digits.</summary>
    public override string ToString()
    {
        Span<byte> b = stackalloc byte[12];
        WriteTo(b);
        return Convert.ToHexStringLower(b);
    }

    /// <inheritdoc />
    public bool Equals(ObjectId other) => _a == other._a && _b == other._b && _c == other._c;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObjectId o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_a, _b, _c);

    /// <inheritdoc />
    public int CompareTo(ObjectId other)
    {
        var c = _a.CompareTo(other._a);
        if (c != 0) return c;
        c = _b.CompareTo(other._b);
        return c != 0 ? c : _c.CompareTo(other._c);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);

    /// <summary>Byte-order comparison.</summary>
    public static bool operator <(ObjectId left, ObjectId right) => left.CompareTo(right) < 0;

    /// <summary>Byte-order comparison.</summary>
    public static bool operator >(ObjectId left, ObjectId right) => left.CompareTo(right) > 0;

    /// <summary>Byte-order comparison.</summary>
    public static bool operator <=(ObjectId left, ObjectId right) => left.CompareTo(right) <= 0;

    /// <summary>Byte-order comparison.</summary>
    public static bool operator >=(ObjectId left, ObjectId right) => left.CompareTo(right) >= 0;
}
