using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Tests.Bson;

public sealed class BsonValueTypesTests
{
    [Fact]
    public void Guid_maps_to_subtype_4_in_the_standard_byte_order()
    {
        var g = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
        var b = BsonBinary.FromGuid(g);
        Assert.Equal(4, b.SubType);
        Assert.Equal("00112233445566778899aabbccddeeff", Convert.ToHexStringLower(b.Span));
        Assert.Equal(g, b.ToGuid());
        Assert.Throws<InvalidOperationException>(() => new BsonBinary(BsonBinarySubType.UuidLegacy, b.Data.ToArray()).ToGuid());
    }

    [Fact]
    public void ObjectIds_carry_time_a_per_process_random_and_an_increasing_counter()
    {
        var time = new FixedTime(DateTimeOffset.FromUnixTimeSeconds(0x5f5e1000));
        var a = ObjectId.GenerateNewId(time);
        var b = ObjectId.GenerateNewId(time);
        var ab = a.ToByteArray();
        var bb = b.ToByteArray();
        Assert.Equal("5f5e1000", Convert.ToHexStringLower(ab.AsSpan(0, 4)));
        Assert.Equal(ab[4..9], bb[4..9]);
        var ca = (ab[9] << 16) | (ab[10] << 8) | ab[11];
        var cb = (bb[9] << 16) | (bb[10] << 8) | bb[11];
        Assert.Equal((ca + 1) & 0xFFFFFF, cb);
        Assert.Equal(a, ObjectId.Parse(a.ToString()));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(0x5f5e1000), a.CreationTime);
    }

    [Theory]
    [InlineData("1.2.3", "multiple periods")]
    [InlineData("1e", "missing exponent power")]
    [InlineData("12345678901234567890123456789012345", "inexact rounding")]
    [InlineData("1E-6177", "exponent underflow")]
    [InlineData("1E+6145", "overflow")]
    [InlineData("abc", "missing digits")]
    [InlineData("1x", "unexpected character")]
    [InlineData("", "empty")]
    public void Decimal128_refuses_inexact_or_malformed_strings(string text, string reason)
    {
        Assert.False(Decimal128.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("1E+6144", "1.000000000000000000000000000000000E+6144")]
    [InlineData("123456789012345678901234567890123400", "1.234567890123456789012345678901234E+35")]
    [InlineData("-inf", "-Infinity")]
    [InlineData("-NaN", "NaN")]
    [InlineData(".5", "0.5")]
    [InlineData("0E-7000", "0E-6176")]
    public void Decimal128_clamps_and_normalises_like_the_specification(string text, string expected)
    {
        Assert.Equal(expected, Decimal128.Parse(text).ToString());
    }

    [Fact]
    public void Decimal128_from_a_dotnet_decimal_keeps_the_scale()
    {
        Assert.Equal("-12.3400", Decimal128.FromDecimal(-12.3400m).ToString());
        Assert.Equal("79228162514264337593543950335", Decimal128.FromDecimal(decimal.MaxValue).ToString());
    }

    [Fact]
    public void Regular_expression_options_are_sorted()
    {
        Assert.Equal("imsx", new BsonRegularExpression("a", "xsmi").Options);
    }

    [Fact]
    public void Numeric_accessors_convert_reply_fields()
    {
        Assert.True(BsonValue.FromDouble(1.0).IsTruthy());
        Assert.False(BsonValue.FromInt32(0).IsTruthy());
        Assert.Equal(5L, BsonValue.FromInt32(5).ToInt64());
        Assert.Throws<InvalidCastException>(() => BsonValue.FromString("x").AsInt32);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
