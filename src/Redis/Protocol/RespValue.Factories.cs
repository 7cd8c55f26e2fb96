using System.Globalization;
using System.Text;

namespace StudyGraph.Redis;

public sealed partial class RespValue
{
    /// <summary>The RESP2 null bulk string (<c>$-1</c>).</summary>
    public static RespValue NullBulkString { get; } = new(RespType.BulkString, true, default, 0, 0, null);

    /// <summary>The RESP2 null array (<c>*-1</c>).</summary>
    public static RespValue NullArray { get; } = new(RespType.Array, true, default, 0, 0, null);

    /// <summary>The RESP3 null (<c>_</c>).</summary>
    public static RespValue Null { get; } = new(RespType.Null, true, default, 0, 0, null);

    /// <summary>A simple string; it must not contain CR or LF.</summary>
    public static RespValue SimpleString(string text) => new(RespType.SimpleString, false, Encoding.UTF8.GetBytes(text), 0, 0, null);

    /// <summary>A simple error; it must not contain CR or LF.</summary>
    public static RespValue Error(string text) => new(RespType.Error, false, Encoding.UTF8.GetBytes(text), 0, 0, null);

    /// <summary>A binary-safe RESP3 error.</summary>
    public static RespValue BlobError(string text) => new(RespType.BlobError, false, Encoding.UTF8.GetBytes(text), 0, 0, null);

    /// <summary>An integer.</summary>
    public static RespValue FromInteger(long value) => new(RespType.Integer, false, default, value, 0, null);

    /// <summary>A bulk string holding <paramref name="bytes"/> (not copied).</summary>
    public static RespValue BulkString(ReadOnlyMemory<byte> bytes) => new(RespType.BulkString, false, bytes, 0, 0, null);

    /// <summary>A bulk string holding the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static RespValue BulkString(string text) => BulkString(Encoding.UTF8.GetBytes(text));

    /// <summary>An array of <paramref name="items"/>.</summary>
    public static RespValue Array(params RespValue[] items) => new(RespType.Array, false, default, 0, 0, items);

    /// <summary>A RESP3 set of <paramref name="items"/>.</summary>
    public static RespValue Set(params RespValue[] items) => new(RespType.Set, false, default, 0, 0, items);

    /// <summary>A RESP3 push frame of <paramref name="items"/>.</summary>
    public static RespValue Push(params RespValue[] items) => new(RespType.Push, false, default, 0, 0, items);

    /// <summary>A RESP3 map; <paramref name="keysAndValues"/> alternate key, value.</summary>
    public static RespValue Map(params RespValue[] keysAndValues)
    {
        if (keysAndValues.Length % 2 != 0) throw new ArgumentException("a map needs an even number of items (key, value, ...)", nameof(keysAndValues));
        return new(RespType.Map, false, default, 0, 0, keysAndValues);
    }

    /// <summary>A RESP3 double.</summary>
    public static RespValue FromDouble(double value) => new(RespType.Double, false, default, 0, value, null);

    /// <summary>A RESP3 boolean.</summary>
    public static RespValue FromBoolean(bool value) => new(RespType.Boolean, false, default, value ? 1 : 0, 0, null);

    /// <summary>A RESP3 big number from its decimal text (an optional minus sign and digits).</summary>
    public static RespValue BigNumber(string digits)
    {
        if (!RespParser.IsBigNumberText(Encoding.ASCII.GetBytes(digits))) throw new ArgumentException($"'{digits}' is not a decimal integer", nameof(digits));
        return new(RespType.BigNumber, false, Encoding.ASCII.GetBytes(digits), 0, 0, null);
    }

    /// <summary>A RESP3 verbatim string with a three-character <paramref name="format"/> such as <c>txt</c>.</summary>
    public static RespValue Verbatim(string format, string text)
    {
        if (format.Length != 3) throw new ArgumentException("a verbatim format has exactly three characters", nameof(format));
        return new(RespType.VerbatimString, false, Encoding.UTF8.GetBytes(text), 0, 0, null) { VerbatimFormat = format };
    }

    internal static RespValue Raw(RespType type, ReadOnlyMemory<byte> bytes) => new(type, false, bytes, 0, 0, null);

    internal static RespValue Aggregate(RespType type, RespValue[] items) => new(type, false, default, 0, 0, items);

    internal static RespValue VerbatimRaw(string format, ReadOnlyMemory<byte> text) => new(RespType.VerbatimString, false, text, 0, 0, null) { VerbatimFormat = format };

    /// <summary>The big number as a <see cref="System.Numerics.BigInteger"/>.</summary>
    public System.Numerics.BigInteger AsBigInteger() => System.Numerics.BigInteger.Parse(Encoding.ASCII.GetString(_bytes.Span), CultureInfo.InvariantCulture);
}
