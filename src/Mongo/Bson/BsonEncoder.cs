using System.Buffers.Binary;
using System.Text;

namespace StudyGraph.Mongo.Bson;

/// <summary>Writes BSON documents into a <see cref="PooledBufferWriter"/>, patching lengths in place.</summary>
internal static class BsonEncoder
{
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static void WriteDocument(PooledBufferWriter w, BsonDocument doc, int depth, int maxDepth)
    {
        if (depth > maxDepth) throw new ArgumentException($"Document nesting exceeds the maximum depth of {maxDepth} (a cycle?).");
        var start = w.WrittenCount;
        WriteInt32(w, 0);
        foreach (var e in doc)
        {
            WriteElement(w, e.Name, e.Value, depth, maxDepth);
        }
        WriteByte(w, 0);
        w.PatchInt32(start, w.WrittenCount - start);
    }

    private static void WriteArray(PooledBufferWriter w, BsonArray array, int depth, int maxDepth)
    {
        if (depth > maxDepth) throw new ArgumentException($"Document nesting exceeds the maximum depth of {maxDepth} (a cycle?).");
        var start = w.WrittenCount;
        WriteInt32(w, 0);
        Span<byte> key = stackalloc byte[11];
        for (var i = 0; i < array.Count; i++)
        {
            var v = array[i];
            WriteByte(w, (byte)v.Type);
            i.TryFormat(key, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
            var span = w.GetSpan(n + 1);
            key[..n].CopyTo(span);
            span[n] = 0;
            w.Advance(n + 1);
            WriteValue(w, v, depth, maxDepth);
        }
        WriteByte(w, 0);
        w.PatchInt32(start, w.WrittenCount - start);
    }

    private static void WriteElement(PooledBufferWriter w, string name, BsonValue value, int depth, int maxDepth)
    {
        WriteByte(w, (byte)value.Type);
        WriteCString(w, name, "field name");
        WriteValue(w, value, depth, maxDepth);
    }

    private static void WriteValue(PooledBufferWriter w, BsonValue v, int depth, int maxDepth)
    {
        switch (v.Type)
        {
            case BsonType.Double:
                var d = v.AsDouble;
                // One NaN bit pattern on the wire, as the reference encoders write it.
                WriteInt64(w, double.IsNaN(d) ? 0x7FF8000000000000L : v.RawBits);
                break;
            case BsonType.String: WriteString(w, v.AsString); break;
            case BsonType.Document: WriteDocument(w, v.AsDocument, depth + 1, maxDepth); break;
            case BsonType.Array: WriteArray(w, v.AsArray, depth + 1, maxDepth); break;
            case BsonType.Binary: WriteBinary(w, v.AsBinary); break;
            case BsonType.Undefined:
            case BsonType.Null:
            case BsonType.MinKey:
            case BsonType.MaxKey:
                break;
            case BsonType.ObjectId:
                v.AsObjectId.WriteTo(w.GetSpan(12));
                w.Advance(12);
                break;
            case BsonType.Boolean: WriteByte(w, v.AsBoolean ? (byte)1 : (byte)0); break;
            case BsonType.DateTime:
            case BsonType.Int64:
            case BsonType.Timestamp:
                WriteInt64(w, v.RawBits);
                break;
            case BsonType.RegularExpression:
                var rx = v.AsRegularExpression;
                WriteCString(w, rx.Pattern, "regular expression pattern");
                WriteCString(w, rx.Options, "regular expression options");
                break;
            case BsonType.DbPointer:
                var p = v.AsDbPointer;
                WriteString(w, p.Namespace);
                p.Id.WriteTo(w.GetSpan(12));
                w.Advance(12);
                break;
            case BsonType.JavaScript: WriteString(w, v.AsJavaScript); break;
            case BsonType.Symbol: WriteString(w, v.AsSymbol); break;
            case BsonType.JavaScriptWithScope:
                var cws = v.AsJavaScriptWithScope;
                var start = w.WrittenCount;
                WriteInt32(w, 0);
                WriteString(w, cws.Code);
                WriteDocument(w, cws.Scope, depth + 1, maxDepth);
                w.PatchInt32(start, w.WrittenCount - start);
                break;
            case BsonType.Int32: WriteInt32(w, v.AsInt32); break;
            case BsonType.Decimal128:
                var dec = v.AsDecimal128;
                WriteInt64(w, (long)dec.Low);
                WriteInt64(w, (long)dec.High);
                break;
            default:
                throw new ArgumentException($"Cannot encode BSON type {v.Type}.");
        }
    }

    private static void WriteBinary(PooledBufferWriter w, BsonBinary b)
    {
        var data = b.Span;
        if (b.SubType == (byte)BsonBinarySubType.OldBinary)
        {
            WriteInt32(w, data.Length + 4);
            WriteByte(w, b.SubType);
            WriteInt32(w, data.Length);
        }
        else
        {
            WriteInt32(w, data.Length);
            WriteByte(w, b.SubType);
        }
        data.CopyTo(w.GetSpan(data.Length));
        w.Advance(data.Length);
    }

    internal static void WriteString(PooledBufferWriter w, string s)
    {
        var max = StrictUtf8.GetMaxByteCount(s.Length);
        var span = w.GetSpan(max + 5);
        int n;
        try
        {
            n = StrictUtf8.GetBytes(s, span[4..]);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("A BSON string is not valid UTF-16 (lone surrogate).", ex);
        }
        BinaryPrimitives.WriteInt32LittleEndian(span, n + 1);
        span[4 + n] = 0;
        w.Advance(n + 5);
    }

    internal static void WriteCString(PooledBufferWriter w, string s, string what)
    {
        var max = StrictUtf8.GetMaxByteCount(s.Length);
        var span = w.GetSpan(max + 1);
        int n;
        try
        {
            n = StrictUtf8.GetBytes(s, span);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException($"A BSON {what} is not valid UTF-16 (lone surrogate).", ex);
        }
        if (span[..n].IndexOf((byte)0) >= 0) throw new ArgumentException($"A BSON {what} cannot contain a NUL character: '{s}'.");
        span[n] = 0;
        w.Advance(n + 1);
    }

    internal static void WriteByte(PooledBufferWriter w, byte b)
    {
        w.GetSpan(1)[0] = b;
        w.Advance(1);
    }

    internal static void WriteInt32(PooledBufferWriter w, int v)
    {
        BinaryPrimitives.WriteInt32LittleEndian(w.GetSpan(4), v);
        w.Advance(4);
    }

    internal static void WriteInt64(PooledBufferWriter w, long v)
    {
        BinaryPrimitives.WriteInt64LittleEndian(w.GetSpan(8), v);
        w.Advance(8);
    }
}
