using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace StudyGraph.Mongo.Bson;

/// <summary>
/// Strict BSON decoder over a span. Every length is checked against the bytes of the enclosing document before it
/// is used, so a malformed input ends in a <see cref="BsonFormatException"/> naming the offset, never an
/// out-of-range read or an endless loop.
/// </summary>
internal ref struct BsonDecoder
{
    private readonly ReadOnlySpan<byte> _buf;
    private readonly int _maxDepth;

    internal BsonDecoder(ReadOnlySpan<byte> buffer, int maxDepth)
    {
        _buf = buffer;
        _maxDepth = maxDepth;
    }

    /// <summary>Reads the document starting at <paramref name="pos"/> that must fit before <paramref name="limit"/>.</summary>
    internal readonly BsonDocument ReadDocument(ref int pos, int limit, int depth)
    {
        var end = ReadHeader(pos, limit, depth, "document");
        var doc = new BsonDocument();
        var p = pos + 4;
        while (true)
        {
            var type = _buf[p];
            if (type == 0)
            {
                if (p != end - 1) throw Error("document terminator found before the declared end", p);
                break;
            }
            var keyStart = p + 1;
            var name = ReadCString(keyStart, end - 1, "field name", out p);
            var value = ReadValue(type, ref p, end - 1, depth, name, keyStart - 1);
            doc.Add(name, value);
        }
        pos = end;
        return doc;
    }

    private readonly BsonArray ReadArray(ref int pos, int limit, int depth)
    {
        var end = ReadHeader(pos, limit, depth, "array");
        var array = new BsonArray();
        var p = pos + 4;
        while (true)
        {
            var type = _buf[p];
            if (type == 0)
            {
                if (p != end - 1) throw Error("array terminator found before the declared end", p);
                break;
            }
            var keyEnd = _buf[(p + 1)..(end - 1)].IndexOf((byte)0);
            if (keyEnd < 0) throw Error("array index is not NUL-terminated within the array", p + 1);
            var typeAt = p;
            p = p + 1 + keyEnd + 1;
            array.Add(ReadValue(type, ref p, end - 1, depth, "array element", typeAt));
        }
        pos = end;
        return array;
    }

    private readonly int ReadHeader(int pos, int limit, int depth, string what)
    {
        if (depth > _maxDepth) throw Error($"nesting is deeper than the maximum of {_maxDepth}", pos);
        if (limit - pos < 4) throw Error($"{what} length is truncated", pos);
        var size = BinaryPrimitives.ReadInt32LittleEndian(_buf[pos..]);
        if (size < 5) throw Error($"{what} length {size} is less than 5", pos);
        if (size > limit - pos) throw Error($"{what} length {size} exceeds the {limit - pos} bytes available", pos);
        var end = pos + size;
        if (_buf[end - 1] != 0) throw Error($"{what} does not end with a NUL terminator", end - 1);
        return end;
    }

    private readonly BsonValue ReadValue(byte type, ref int p, int limit, int depth, string name, int typeOffset)
    {
        switch ((BsonType)type)
        {
            case BsonType.Double:
                Need(p, 8, limit, "double");
                var d = BinaryPrimitives.ReadInt64LittleEndian(_buf[p..]);
                p += 8;
                return BsonValue.FromDouble(BitConverter.Int64BitsToDouble(d));
            case BsonType.String:
                return BsonValue.FromString(ReadString(ref p, limit));
            case BsonType.Document:
                return BsonValue.FromDocument(ReadDocument(ref p, limit, depth + 1));
            case BsonType.Array:
                return BsonValue.FromArray(ReadArray(ref p, limit, depth + 1));
            case BsonType.Binary:
                return BsonValue.FromBinary(ReadBinary(ref p, limit));
            case BsonType.Undefined:
                return BsonValue.Undefined;
            case BsonType.ObjectId:
                Need(p, 12, limit, "ObjectId");
                var oid = new ObjectId(_buf.Slice(p, 12));
                p += 12;
                return BsonValue.FromObjectId(oid);
            case BsonType.Boolean:
                Need(p, 1, limit, "boolean");
                var b = _buf[p];
                if (b > 1) throw Error($"boolean byte is {b}, not 0 or 1", p);
                p++;
                return BsonValue.FromBoolean(b == 1);
            case BsonType.DateTime:
                return BsonValue.FromDateTimeMilliseconds(ReadInt64(ref p, limit, "datetime"));
            case BsonType.Null:
                return BsonValue.Null;
            case BsonType.RegularExpression:
                var pattern = ReadCString(p, limit, "regular expression pattern", out p);
                var options = ReadCString(p, limit, "regular expression options", out p);
                return BsonValue.FromRegularExpression(new BsonRegularExpression(pattern, options));
            case BsonType.DbPointer:
                var ns = ReadString(ref p, limit);
                Need(p, 12, limit, "DBPointer id");
                var pid = new ObjectId(_buf.Slice(p, 12));
                p += 12;
                return BsonValue.FromDbPointer(new BsonDbPointer(ns, pid));
            case BsonType.JavaScript:
                return BsonValue.FromJavaScript(ReadString(ref p, limit));
            case BsonType.Symbol:
                return BsonValue.FromSymbol(ReadString(ref p, limit));
            case BsonType.JavaScriptWithScope:
                return BsonValue.FromJavaScriptWithScope(ReadCodeWithScope(ref p, limit, depth));
            case BsonType.Int32:
                Need(p, 4, limit, "int32");
                var i = BinaryPrimitives.ReadInt32LittleEndian(_buf[p..]);
                p += 4;
                return BsonValue.FromInt32(i);
            case BsonType.Timestamp:
                return BsonValue.FromTimestamp(BsonTimestamp.FromValue((ulong)ReadInt64(ref p, limit, "timestamp")));
            case BsonType.Int64:
                return BsonValue.FromInt64(ReadInt64(ref p, limit, "int64"));
            case BsonType.Decimal128:
                Need(p, 16, limit, "decimal128");
                var low = BinaryPrimitives.ReadUInt64LittleEndian(_buf[p..]);
                var high = BinaryPrimitives.ReadUInt64LittleEndian(_buf[(p + 8)..]);
                p += 16;
                return BsonValue.FromDecimal128(new Decimal128(high, low));
            case BsonType.MinKey:
                return BsonValue.MinKey;
            case BsonType.MaxKey:
                return BsonValue.MaxKey;
            default:
                throw Error($"unknown element type 0x{type:x2} for field '{name}'", typeOffset);
        }
    }

    private readonly long ReadInt64(ref int p, int limit, string what)
    {
        Need(p, 8, limit, what);
        var v = BinaryPrimitives.ReadInt64LittleEndian(_buf[p..]);
        p += 8;
        return v;
    }

    private readonly string ReadString(ref int p, int limit)
    {
        Need(p, 4, limit, "string length");
        var len = BinaryPrimitives.ReadInt32LittleEndian(_buf[p..]);
        if (len < 1) throw Error($"string length {len} is less than 1", p);
        if (len > limit - p - 4) throw Error($"string length {len} exceeds the {limit - p - 4} bytes left in the document", p);
        var bytes = _buf.Slice(p + 4, len - 1);
        if (_buf[p + 4 + len - 1] != 0) throw Error("string is not NUL-terminated at its declared length", p + 4 + len - 1);
        if (!Utf8.IsValid(bytes)) throw Error("string is not valid UTF-8", p + 4);
        var s = Encoding.UTF8.GetString(bytes);
        p += 4 + len;
        return s;
    }

    private readonly string ReadCString(int p, int limit, string what, out int next)
    {
        var n = p < limit ? _buf[p..limit].IndexOf((byte)0) : -1;
        if (n < 0) throw Error($"{what} is not NUL-terminated within the document", p);
        var bytes = _buf.Slice(p, n);
        if (!Utf8.IsValid(bytes)) throw Error($"{what} is not valid UTF-8", p);
        next = p + n + 1;
        return n == 0 ? "" : Encoding.UTF8.GetString(bytes);
    }

    private readonly BsonBinary ReadBinary(ref int p, int limit)
    {
        Need(p, 5, limit, "binary header");
        var len = BinaryPrimitives.ReadInt32LittleEndian(_buf[p..]);
        var subType = _buf[p + 4];
        if (len < 0) throw Error($"binary length {len} is negative", p);
        if (len > limit - p - 5) throw Error($"binary length {len} exceeds the {limit - p - 5} bytes left in the document", p);
        var start = p + 5;
        if (subType == (byte)BsonBinarySubType.OldBinary)
        {
            if (len < 4) throw Error("binary subtype 2 is shorter than its inner length", p);
            var inner = BinaryPrimitives.ReadInt32LittleEndian(_buf[start..]);
            if (inner != len - 4) throw Error($"binary subtype 2 inner length {inner} does not match the outer length {len}", start);
            start += 4;
            len -= 4;
        }
        var data = _buf.Slice(start, len).ToArray();
        p = start + len;
        return new BsonBinary(subType, data);
    }

    private readonly BsonJavaScriptWithScope ReadCodeWithScope(ref int p, int limit, int depth)
    {
        Need(p, 4, limit, "code with scope length");
        var total = BinaryPrimitives.ReadInt32LittleEndian(_buf[p..]);
        if (total < 14) throw Error($"code with scope length {total} is less than 14", p);
        if (total > limit - p) throw Error($"code with scope length {total} exceeds the {limit - p} bytes left in the document", p);
        var end = p + total;
        var q = p + 4;
        var code = ReadString(ref q, end);
        var scope = ReadDocument(ref q, end, depth + 1);
        if (q != end) throw Error("code with scope length does not match its content", p);
        p = end;
        return new BsonJavaScriptWithScope(code, scope);
    }

    private static void Need(int p, int n, int limit, string what)
    {
        if (limit - p < n) throw Error($"{what} is truncated ({n} bytes needed, {Math.Max(0, limit - p)} left in the document)", p);
    }

    private static BsonFormatException Error(string reason, int offset) => new(reason, offset);
}
