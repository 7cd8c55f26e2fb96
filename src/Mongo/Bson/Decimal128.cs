namespace StudyGraph.Mongo.Bson;

/// <summary>
/// An IEEE 754-2008 128-bit decimal in the binary integer decimal (BID) encoding, as BSON stores it.
/// Parsing and formatting follow the BSON Decimal128 specification (exact values only, no rounding).
/// </summary>
public readonly partial struct Decimal128 : IEquatable<Decimal128>
{
    internal const int ExponentMax = 6111;
    internal const int ExponentMin = -6176;
    internal const int ExponentBias = 6176;
    internal const int MaxDigits = 34;

    /// <summary>Creates a value from its two 64-bit halves (as stored little-endian: low first, then high).</summary>
    public Decimal128(ulong high, ulong low)
    {
        High = high;
        Low = low;
    }

    /// <summary>The high 64 bits (sign, combination field, exponent, top of the coefficient).</summary>
    public ulong High { get; }

    /// <summary>The low 64 bits of the coefficient.</summary>
    public ulong Low { get; }

    /// <summary>Positive NaN.</summary>
    public static Decimal128 NaN => new(0x7C00000000000000UL, 0);

    /// <summary>Positive infinity.</summary>
    public static Decimal128 PositiveInfinity => new(0x7800000000000000UL, 0);

    /// <summary>Negative infinity.</summary>
    public static Decimal128 NegativeInfinity => new(0xF800000000000000UL, 0);

    /// <summary>True for any NaN encoding.</summary>
    public bool IsNaN => (High & 0x7C00000000000000UL) == 0x7C00000000000000UL;

    /// <summary>True for either infinity.</summary>
    public bool IsInfinity => (High & 0x7C00000000000000UL) == 0x7800000000000000UL;

    /// <summary>True when the sign bit is set.</summary>
    public bool IsNegative => (High & 0x8000000000000000UL) != 0;

    /// <summary>Converts a .NET decimal exactly (its 96-bit coefficient and scale).</summary>
    public static Decimal128 FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var coefficient = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return Encode(bits[3] < 0, coefficient, -scale);
    }

    internal static Decimal128 Encode(bool negative, UInt128 coefficient, int exponent)
    {
        var biased = (ulong)(exponent + ExponentBias) & 0x3FFF;
        var high = (biased << 49) | (ulong)(coefficient >> 64);
        if (negative) high |= 0x8000000000000000UL;
        return new Decimal128(high, (ulong)coefficient);
    }

    /// <inheritdoc />
    public bool Equals(Decimal128 other) => High == other.High && Low == other.Low;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Decimal128 d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(High, Low);

    /// <summary>Bitwise equality.</summary>
    public static bool operator ==(Decimal128 left, Decimal128 right) => left.Equals(right);

    /// <summary>Bitwise inequality.</summary>
    public static bool operator !=(Decimal128 left, Decimal128 right) => !left.Equals(right);
}
