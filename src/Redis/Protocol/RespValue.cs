using System.Globalization;
using System.Text;

namespace StudyGraph.Redis;

/// <summary>One decoded RESP2/RESP3 value. Immutable; string-like payloads are owned copies.</summary>
public sealed partial class RespValue
{
    private static readonly RespValue[] NoItems = [];
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _integer;
    private readonly double _double;
    private readonly RespValue[] _items;

    private RespValue(RespType type, bool isNull, ReadOnlyMemory<byte> bytes, long integer, double number, RespValue[]? items)
    {
        Type = type;
        IsNull = isNull;
        _bytes = bytes;
        _integer = integer;
        _double = number;
        _items = items ?? NoItems;
    }

    /// <summary>The kind of value.</summary>
    public RespType Type { get; }

    /// <summary>True for the RESP2 null bulk string / null array and for the RESP3 null.</summary>
    public bool IsNull { get; }

    /// <summary>True for <see cref="RespType.Error"/> and <see cref="RespType.BlobError"/>.</summary>
    public bool IsError => Type is RespType.Error or RespType.BlobError;

    /// <summary>The raw bytes of a string-like value (simple, bulk, verbatim text without its format, error, big number, double text).</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>The value of an <see cref="RespType.Integer"/> (or 1/0 for a boolean).</summary>
    public long Integer => _integer;

    /// <summary>The value of a <see cref="RespType.Double"/>.</summary>
    public double Double => _double;

    /// <summary>The value of a <see cref="RespType.Boolean"/>.</summary>
    public bool Boolean => _integer != 0;

    /// <summary>The elements of an array, set, push frame, or map (alternating key, value).</summary>
    public IReadOnlyList<RespValue> Items => _items;

    /// <summary>The three-letter format of a verbatim string (<c>txt</c>, <c>mkd</c>), otherwise null.</summary>
    public string? VerbatimFormat { get; private init; }

    /// <summary>The payload decoded as UTF-8 (integers and doubles as invariant text); null for null values and aggregates.</summary>
    public string? AsString() => Type switch
    {
        RespType.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        RespType.Boolean => Boolean ? "true" : "false",
        RespType.Array or RespType.Map or RespType.Set or RespType.Push or RespType.Null => null,
        _ when IsNull => null,
        _ => Encoding.UTF8.GetString(_bytes.Span),
    };

    /// <summary>The error code of an error value: its first word (<c>WRONGTYPE</c>, <c>ERR</c>); otherwise empty.</summary>
    public string ErrorPrefix => IsError ? ErrorPrefixOf(AsString() ?? "") : "";

    internal static string ErrorPrefixOf(string message)
    {
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? message : message[..space];
    }

    /// <summary>A short readable rendering for logs and test failures.</summary>
    public override string ToString()
    {
        if (IsNull) return Type == RespType.Null ? "(null)" : $"(null {Type})";
        return Type switch
        {
            RespType.Integer => $"(integer) {_integer}",
            RespType.Boolean => Boolean ? "(true)" : "(false)",
            RespType.Double => $"(double) {_double.ToString("R", CultureInfo.InvariantCulture)}",
            RespType.Error or RespType.BlobError => $"(error) {AsString()}",
            RespType.VerbatimString => $"(verbatim {VerbatimFormat}) {AsString()}",
            RespType.Array or RespType.Set or RespType.Push or RespType.Map => $"({Type} {_items.Length}) [{string.Join(", ", (object[])_items)}]",
            _ => $"\"{AsString()}\"",
        };
    }
}
