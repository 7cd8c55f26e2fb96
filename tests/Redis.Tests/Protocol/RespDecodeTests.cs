using static StudyGraph.Redis.Tests.Protocol.RespHarness;

namespace StudyGraph.Redis.Tests.Protocol;

public class RespDecodeTests
{
    [Fact]
    public void A_resp2_array_with_a_null_bulk_decodes_in_order()
    {
        var value = Parse("*3\r\n$3\r\nfoo\r\n$-1\r\n:-12\r\n");

        Assert.Equal(RespType.Array, value.Type);
        Assert.Equal("foo", value.Items[0].AsString());
        Assert.True(value.Items[1].IsNull);
        Assert.Equal(-12, value.Items[2].Integer);
    }

    [Fact]
    public void Resp3_push_frame_as_sent_by_the_server_for_a_message()
    {
        var value = Parse(">3\r\n$7\r\nmessage\r\n$4\r\nnews\r\n$5\r\nhi\r\n!\r\n");

        Assert.Equal(RespType.Push, value.Type);
        Assert.Equal(["message", "news", "hi\r\n!"], value.Items.Select(i => i.AsString()));
    }

    [Fact]
    public void Resp3_scalars_decode_to_their_values()
    {
        Assert.Equal(3.25, Parse(",3.25\r\n").Double);
        Assert.Equal(1e10, Parse(",1e10\r\n").Double);
        Assert.True(double.IsPositiveInfinity(Parse(",inf\r\n").Double));
        Assert.True(Parse("#t\r\n").Boolean);
        Assert.False(Parse("#f\r\n").Boolean);
        Assert.Equal(RespType.Null, Parse("_\r\n").Type);
        Assert.Equal(System.Numerics.BigInteger.Parse("3492890328409238509324850943850943825024385", System.Globalization.CultureInfo.InvariantCulture), Parse("(3492890328409238509324850943850943825024385\r\n").AsBigInteger());
    }

    [Fact]
    public void Verbatim_string_keeps_its_format_apart_from_its_text()
    {
        var value = Parse("=15\r\ntxt:Some string\r\n");

        Assert.Equal("txt", value.VerbatimFormat);
        Assert.Equal("Some string", value.AsString());
    }

    [Fact]
    public void Map_items_alternate_key_and_value()
    {
        var value = Parse("%2\r\n+first\r\n:1\r\n$6\r\nsecond\r\n#f\r\n");

        Assert.Equal(RespType.Map, value.Type);
        Assert.Equal(4, value.Items.Count);
        Assert.Equal("second", value.Items[2].AsString());
        Assert.False(value.Items[3].Boolean);
    }

    [Fact]
    public void Attributes_are_dropped_and_the_reply_they_describe_is_kept()
    {
        var value = Parse("|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*1\r\n:5\r\n");

        Assert.Equal(RespValue.Array(RespValue.FromInteger(5)), value);
    }

    [Fact]
    public void Error_replies_expose_their_prefix()
    {
        var value = Parse("-WRONGTYPE Operation against a key holding the wrong kind of value\r\n");

        Assert.True(value.IsError);
        Assert.Equal("WRONGTYPE", value.ErrorPrefix);
        Assert.Equal("WRONGTYPE", new RedisServerException(value.AsString()!).Prefix);
    }

    [Fact]
    public void Frames_that_follow_each_other_are_read_one_at_a_time()
    {
        var bytes = Bytes("+OK\r\n:1\r\n");
        var sequence = new System.Buffers.ReadOnlySequence<byte>(bytes);

        Assert.True(RespReader.TryRead(sequence, out var first, out var consumed));
        Assert.True(RespReader.TryRead(sequence.Slice(consumed), out var second, out _));

        Assert.Equal("OK", first.AsString());
        Assert.Equal(1, second.Integer);
    }
}
