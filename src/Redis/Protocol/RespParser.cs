using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace StudyGraph.Redis;

/// <summary>
/// Decodes one RESP2/RESP3 frame from buffered bytes. Restartable: when the frame is incomplete it
/// reports so and the caller retries from the frame's start once more bytes arrived.
/// Bounds what a peer controls: nesting depth, element counts, bulk and line lengths.
/// </summary>
internal static class RespParser
{
    internal const int MaxDepth = 64;
    internal const long MaxBulkLength = 512L * 1024 * 1024;
    internal const long MaxAggregateLength = 64L * 1024 * 1024;
    internal const int MaxLineLength = 64 * 1024;
    private static ReadOnlySpan<byte> Crlf => "\r\n"u8;

    /// <summary>Parses a frame; false when more bytes are needed. Throws <see cref="RedisProtocolException"/> on malformed input.</summary>
    internal static bool TryParse(ref SequenceReader<byte> r, int depth, out RespValue value)
    {
        value = RespValue.Null;
        if (depth > MaxDepth) throw Fail(ref r, $"aggregates nested deeper than {MaxDepth} levels");
        var start = r.Consumed;
        if (!r.TryRead(out var prefix)) return false;
        switch (prefix)
        {
            case (byte)'+': return TryLine(ref r, RespType.SimpleString, out value);
            case (byte)'-': return TryLine(ref r, RespType.Error, out value);
            case (byte)'(': return TryBigNumber(ref r, out value);
            case (byte)':':
                if (!TryReadLine(ref r, out var intLine)) return false;
                value = RespValue.FromInteger(ParseInteger(ref r, intLine, "integer"));
                return true;
            case (byte)'$': return TryBulk(ref r, RespType.BulkString, out value);
            case (byte)'!': return TryBulk(ref r, RespType.BlobError, out value);
            case (byte)'=': return TryBulk(ref r, RespType.VerbatimString, out value);
            case (byte)'*': return TryAggregate(ref r, RespType.Array, depth, out value);
            case (byte)'~': return TryAggregate(ref r, RespType.Set, depth, out value);
            case (byte)'>': return TryAggregate(ref r, RespType.Push, depth, out value);
            case (byte)'%': return TryAggregate(ref r, RespType.Map, depth, out value);
            case (byte)'|': return TryAttribute(ref r, depth, out value);
            case (byte)'_':
                if (!TryReadLine(ref r, out var nullLine)) return false;
                if (!nullLine.IsEmpty) throw Fail(ref r, "RESP3 null '_' followed by data before CRLF");
                value = RespValue.Null;
                return true;
            case (byte)'#':
                if (!TryReadLine(ref r, out var boolLine)) return false;
                if (boolLine.Length == 1 && boolLine.FirstSpan[0] == (byte)'t') value = RespValue.FromBoolean(true);
                else if (boolLine.Length == 1 && boolLine.FirstSpan[0] == (byte)'f') value = RespValue.FromBoolean(false);
                else throw Fail(ref r, $"invalid boolean '{Text(boolLine)}' (expected 't' or 'f')");
                return true;
            case (byte)',':
                if (!TryReadLine(ref r, out var dblLine)) return false;
                value = RespValue.FromDouble(ParseDouble(ref r, dblLine));
                return true;
            default:
                throw new RedisProtocolException($"unknown RESP type byte 0x{prefix:X2} ('{Printable(prefix)}') at offset {start}");
        }
    }

    private static bool TryLine(ref SequenceReader<byte> r, RespType type, out RespValue value)
    {
        value = RespValue.Null;
        if (!TryReadLine(ref r, out var line)) return false;
        value = RespValue.Raw(type, line.ToArray());
        return true;
    }

    private static bool TryBigNumber(ref SequenceReader<byte> r, out RespValue value)
    {
        value = RespValue.Null;
        if (!TryReadLine(ref r, out var line)) return false;
        if (!IsBigNumberText(line)) throw Fail(ref r, $"invalid big number '{Text(line)}'");
        value = RespValue.Raw(RespType.BigNumber, line.ToArray());
        return true;
    }

    private static bool TryBulk(ref SequenceReader<byte> r, RespType type, out RespValue value)
    {
        value = RespValue.Null;
        if (!TryReadLine(ref r, out var lengthLine)) return false;
        var length = ParseInteger(ref r, lengthLine, "length");
        if (length == -1 && type == RespType.BulkString)
        {
            value = RespValue.NullBulkString;
            return true;
        }
        if (length < 0) throw Fail(ref r, $"invalid {Name(type)} length {length}");
        if (length > MaxBulkLength) throw Fail(ref r, $"{Name(type)} length {length} exceeds the limit of {MaxBulkLength} bytes");
        if (r.Remaining < length + 2) return false;
        var payload = new byte[length];
        r.UnreadSequence.Slice(0, length).CopyTo(payload);
        r.Advance(length);
        if (!r.IsNext(Crlf, advancePast: true)) throw Fail(ref r, $"{Name(type)} of length {length} is not followed by CRLF");
        if (type != RespType.VerbatimString)
        {
            value = RespValue.Raw(type, payload);
            return true;
        }
        if (length < 4 || payload[3] != (byte)':') throw Fail(ref r, "verbatim string without a 'fmt:' prefix");
        value = RespValue.VerbatimRaw(Encoding.ASCII.GetString(payload, 0, 3), payload.AsMemory(4));
        return true;
    }

    private static bool TryAggregate(ref SequenceReader<byte> r, RespType type, int depth, out RespValue value)
    {
        value = RespValue.Null;
        if (!TryReadLine(ref r, out var countLine)) return false;
        var count = ParseInteger(ref r, countLine, "element count");
        if (count == -1 && type == RespType.Array)
        {
            value = RespValue.NullArray;
            return true;
        }
        if (count < 0) throw Fail(ref r, $"invalid {Name(type)} element count {count}");
        if (count > MaxAggregateLength) throw Fail(ref r, $"{Name(type)} of {count} elements exceeds the limit of {MaxAggregateLength}");
        var items = type == RespType.Map ? count * 2 : count;
        // Every element takes at least three bytes ("_\r\n"): no need to parse (or allocate) before they can all be here.
        if (r.Remaining < items * 3) return false;
        var array = items == 0 ? [] : new RespValue[items];
        for (var i = 0; i < items; i++)
        {
            if (!TryParse(ref r, depth + 1, out array[i])) return false;
        }
        value = RespValue.Aggregate(type, array);
        return true;
    }

    private static bool TryAttribute(ref SequenceReader<byte> r, int depth, out RespValue value)
    {
        // Attributes (|) describe the reply that follows; we keep the reply and drop its attributes.
        if (!TryAggregate(ref r, RespType.Map, depth, out _)) { value = RespValue.Null; return false; }
        return TryParse(ref r, depth, out value);
    }

    private static bool TryReadLine(ref SequenceReader<byte> r, out ReadOnlySequence<byte> line)
    {
        if (!r.TryReadTo(out line, Crlf, advancePastDelimiter: true))
        {
            if (r.Remaining > MaxLineLength) throw Fail(ref r, $"no CRLF within {MaxLineLength} bytes");
            var cr = r.UnreadSpan.IndexOfAny((byte)'\r', (byte)'\n');
            if (cr >= 0 && (r.UnreadSpan[cr] == (byte)'\n' || cr + 1 < r.UnreadSpan.Length)) throw Fail(ref r, "line contains a bare CR or LF");
            return false;
        }
        if (line.Length > MaxLineLength) throw Fail(ref r, $"line longer than {MaxLineLength} bytes");
        if (line.PositionOf((byte)'\r') is not null || line.PositionOf((byte)'\n') is not null) throw Fail(ref r, "line contains a bare CR or LF");
        return true;
    }

    private static long ParseInteger(ref SequenceReader<byte> r, ReadOnlySequence<byte> line, string what)
    {
        Span<byte> buffer = stackalloc byte[24];
        if (line.Length is > 0 and <= 21)
        {
            line.CopyTo(buffer);
            var text = buffer[..(int)line.Length];
            if (Utf8Parser.TryParse(text, out long n, out var used) && used == text.Length && text[0] != (byte)'+') return n;
        }
        throw Fail(ref r, $"invalid {what} '{Text(line)}'");
    }

    private static double ParseDouble(ref SequenceReader<byte> r, ReadOnlySequence<byte> line)
    {
        var text = Text(line);
        switch (text)
        {
            case "inf": return double.PositiveInfinity;
            case "-inf": return double.NegativeInfinity;
            case "nan": return double.NaN;
        }
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-' || text[0] == '+')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw Fail(ref r, $"invalid double '{text}'");
    }

    internal static bool IsBigNumberText(ReadOnlySequence<byte> line) => IsBigNumberText(line.ToArray());

    internal static bool IsBigNumberText(ReadOnlySpan<byte> text)
    {
        var digits = text.Length > 0 && text[0] == (byte)'-' ? text[1..] : text;
        if (digits.IsEmpty) return false;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
        }
        return true;
    }

    private static RedisProtocolException Fail(ref SequenceReader<byte> r, string what) =>
        new($"invalid RESP: {what} (near offset {r.Consumed})");

    private static string Text(ReadOnlySequence<byte> line) =>
        Encoding.UTF8.GetString(line.Length > 64 ? line.Slice(0, 64) : line);

    private static string Name(RespType type) => type switch
    {
        RespType.BulkString => "bulk string",
        RespType.BlobError => "blob error",
        RespType.VerbatimString => "verbatim string",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Printable(byte b) => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : "?";
}
