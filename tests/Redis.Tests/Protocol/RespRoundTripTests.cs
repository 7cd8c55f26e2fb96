using static StudyGraph.Redis.Tests.Protocol.RespHarness;

namespace StudyGraph.Redis.Tests.Protocol;

public class RespRoundTripTests
{
    public static TheoryData<string, RespValue> Values() => new()
    {
        { "simple", RespValue.SimpleString("OK") },
        { "error", RespValue.Error("WRONGTYPE Operation against a key holding the wrong kind of value") },
        { "integer", RespValue.FromInteger(-9_223_372_036_854_775_808) },
        { "bulk", RespValue.BulkString("héllo") },
        { "empty bulk", RespValue.BulkString("") },
        { "bulk with CRLF", RespValue.BulkString("line1\r\nline2\r\n\r\n$3\r\n*1\r\n") },
        { "null bulk", RespValue.NullBulkString },
        { "null array", RespValue.NullArray },
        { "empty array", RespValue.Array() },
        { "nested arrays", RespValue.Array(RespValue.Array(RespValue.Array(RespValue.FromInteger(1), RespValue.NullBulkString)), RespValue.Array(), RespValue.SimpleString("x")) },
        { "resp3 null", RespValue.Null },
        { "map", RespValue.Map(RespValue.SimpleString("first"), RespValue.FromInteger(1), RespValue.BulkString("second"), RespValue.Array(RespValue.FromBoolean(true))) },
        { "set", RespValue.Set(RespValue.BulkString("a"), RespValue.BulkString("b")) },
        { "double", RespValue.FromDouble(3.141592653589793) },
        { "double exponent", RespValue.FromDouble(-1.5e-300) },
        { "infinity", RespValue.FromDouble(double.PositiveInfinity) },
        { "negative infinity", RespValue.FromDouble(double.NegativeInfinity) },
        { "nan", RespValue.FromDouble(double.NaN) },
        { "true", RespValue.FromBoolean(true) },
        { "false", RespValue.FromBoolean(false) },
        { "big number", RespValue.BigNumber("-3492890328409238509324850943850943825024385") },
        { "verbatim", RespValue.Verbatim("txt", "Some string\r\nwith a line break") },
        { "blob error", RespValue.BlobError("SYNTAX invalid syntax\r\nsecond line") },
        { "push", RespValue.Push(RespValue.BulkString("message"), RespValue.BulkString("ch"), RespValue.BulkString("payload")) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_type_survives_encode_then_decode(string name, RespValue value)
    {
        var decoded = RoundTrip(value);

        Assert.True(value.Equals(decoded), $"{name}: {value} became {decoded}");
    }

    [Fact]
    public void Bulk_strings_are_binary_safe_for_every_byte_value()
    {
        var all = new byte[256 * 3];
        for (var i = 0; i < all.Length; i++) all[i] = (byte)i;

        var decoded = RoundTrip(RespValue.BulkString(all));

        Assert.Equal(all, decoded.Bytes.ToArray());
    }

    [Fact]
    public void A_five_megabyte_bulk_string_round_trips()
    {
        var payload = new byte[5 * 1024 * 1024];
        new Random(5).NextBytes(payload);

        var decoded = RoundTrip(RespValue.Array(RespValue.BulkString(payload), RespValue.FromInteger(7)));

        Assert.Equal(payload, decoded.Items[0].Bytes.ToArray());
        Assert.Equal(7, decoded.Items[1].Integer);
    }

    [Fact]
    public void Aggregates_nest_thirty_levels_deep()
    {
        var value = RespValue.FromInteger(42);
        for (var i = 0; i < 30; i++) value = i % 2 == 0 ? RespValue.Array(value, RespValue.NullBulkString) : RespValue.Push(RespValue.Set(value));

        Assert.Equal(value, RoundTrip(value));
    }

    [Fact]
    public void Commands_are_arrays_of_bulk_strings()
    {
        var text = Command("PUBLISH", "ch", new byte[] { 0x0d, 0x0a }, 42L);

        Assert.Equal("*4\r\n$7\r\nPUBLISH\r\n$2\r\nch\r\n$2\r\n\r\n\r\n$2\r\n42\r\n", text);
    }

    [Fact]
    public void Long_text_arguments_are_encoded_whole()
    {
        var text = new string('é', 5000);

        var command = Command("SET", text);

        Assert.Equal($"*2\r\n$3\r\nSET\r\n$10000\r\n{text}\r\n", command);
    }
}
