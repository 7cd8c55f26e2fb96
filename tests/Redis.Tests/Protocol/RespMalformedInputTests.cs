using static StudyGraph.Redis.Tests.Protocol.RespHarness;

namespace StudyGraph.Redis.Tests.Protocol;

public class RespMalformedInputTests
{
    [Theory]
    [InlineData("?oops\r\n", "unknown RESP type byte 0x3F")]
    [InlineData(":12a\r\n", "invalid integer '12a'")]
    [InlineData(":\r\n", "invalid integer ''")]
    [InlineData("$abc\r\nxyz\r\n", "invalid length 'abc'")]
    [InlineData("$-2\r\n", "invalid bulk string length -2")]
    [InlineData("$3\r\nabcde\r\n", "bulk string of length 3 is not followed by CRLF")]
    [InlineData("*-5\r\n", "invalid array element count -5")]
    [InlineData("%-1\r\n", "invalid map element count -1")]
    [InlineData("#x\r\n", "invalid boolean 'x'")]
    [InlineData(",1.2.3\r\n", "invalid double '1.2.3'")]
    [InlineData("(12x\r\n", "invalid big number '12x'")]
    [InlineData("_x\r\n", "RESP3 null '_' followed by data")]
    [InlineData("=3\r\nabc\r\n", "verbatim string without a 'fmt:' prefix")]
    [InlineData("+OK\nmore\r\n", "bare CR or LF")]
    [InlineData("+OK\rX", "bare CR or LF")]
    [InlineData("$999999999999\r\n", "exceeds the limit")]
    [InlineData("*1\r\n*1\r\n!zz\r\n", "invalid length 'zz'")]
    public void Malformed_bytes_raise_a_protocol_exception_that_says_what_was_wrong(string input, string expected)
    {
        var error = Assert.Throws<RedisProtocolException>(() => Parse(input));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_CRLF_beyond_the_limit_is_rejected_instead_of_waiting_forever()
    {
        var input = "+" + new string('a', 70_000);

        var error = Assert.Throws<RedisProtocolException>(() => RespReader.TryRead(new System.Buffers.ReadOnlySequence<byte>(Bytes(input)), out _, out _));

        Assert.Contains("no CRLF within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_rejected()
    {
        var input = string.Concat(Enumerable.Repeat("*1\r\n", 200)) + ":1\r\n";

        var error = Assert.Throws<RedisProtocolException>(() => Parse(input));

        Assert.Contains("nested deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_bytes_after_a_single_frame_are_reported()
    {
        var error = Assert.Throws<RedisProtocolException>(() => Parse("+OK\r\n+NO"));

        Assert.Contains("unexpected bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_that_ends_in_the_middle_of_a_frame_fails_instead_of_hanging()
    {
        var reader = new RespStreamReader(new MemoryStream(Bytes("*2\r\n$5\r\nhello\r\n$10\r\nshort")));

        var error = await Assert.ThrowsAsync<RedisProtocolException>(async () => await reader.ReadAsync());

        Assert.Contains("closed in the middle of a RESP frame", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_with_garbage_after_good_frames_yields_the_good_frames_then_fails()
    {
        var reader = new RespStreamReader(new MemoryStream(Bytes("+OK\r\n:2\r\n@junk\r\n")));

        Assert.Equal("OK", (await reader.ReadAsync())!.AsString());
        Assert.Equal(2, (await reader.ReadAsync())!.Integer);
        await Assert.ThrowsAsync<RedisProtocolException>(async () => await reader.ReadAsync());
    }
}
