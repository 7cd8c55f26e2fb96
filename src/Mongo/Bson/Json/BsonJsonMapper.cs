using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StudyGraph.Mongo.Bson.Json;

/// <summary>
/// Maps plain JSON (what System.Text.Json produces for our documents) to BSON and back. JSON numbers become
/// int32, int64 or double (smallest first); "$"-keys are ordinary field names (no Extended JSON wrappers).
/// Back to JSON: ObjectId as 24 hex digits, datetimes as ISO-8601 (UTC, milliseconds), UUIDs as "D"-format
/// strings, other binaries as base64, decimal128 as a JSON number, non-finite doubles as strings.
/// </summary>
public static class BsonJsonMapper
{
    /// <summary>Converts a JSON object to a document.</summary>
    public static BsonDocument FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new ArgumentException("A document must be a JSON object.", nameof(element));
        return FromValue(element).AsDocument;
    }

    /// <summary>Parses JSON text holding an object.</summary>
    public static BsonDocument FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return FromJson(doc.RootElement);
    }

    /// <summary>Converts one JSON value.</summary>
    public static BsonValue FromValue(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var d = new BsonDocument();
                foreach (var p in e.EnumerateObject()) d.Add(p.Name, FromValue(p.Value));
                return d;
            case JsonValueKind.Array:
                var a = new BsonArray(e.GetArrayLength());
                foreach (var item in e.EnumerateArray()) a.Add(FromValue(item));
                return a;
            case JsonValueKind.String: return e.GetString()!;
            case JsonValueKind.Number:
                if (e.TryGetInt32(out var i)) return i;
                if (e.TryGetInt64(out var l)) return l;
                return e.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return BsonValue.Null;
        }
    }

    /// <summary>Writes a document as plain JSON.</summary>
    public static void WriteJson(Utf8JsonWriter writer, BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        foreach (var e in document)
        {
            writer.WritePropertyName(e.Name);
            WriteValue(writer, e.Value);
        }
        writer.WriteEndObject();
    }

    /// <summary>A document as plain JSON text.</summary>
    public static string ToJson(BsonDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(writer, document);
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteValue(Utf8JsonWriter w, BsonValue v)
    {
        switch (v.Type)
        {
            case BsonType.Document: WriteJson(w, v.AsDocument); break;
            case BsonType.Array:
                w.WriteStartArray();
                foreach (var item in v.AsArray) WriteValue(w, item);
                w.WriteEndArray();
                break;
            case BsonType.String: w.WriteStringValue(v.AsString); break;
            case BsonType.Int32: w.WriteNumberValue(v.AsInt32); break;
            case BsonType.Int64: w.WriteNumberValue(v.AsInt64); break;
            case BsonType.Double:
                var d = v.AsDouble;
                if (double.IsFinite(d)) w.WriteNumberValue(d);
                else w.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.Decimal128:
                var dec = v.AsDecimal128;
                if (dec.IsNaN || dec.IsInfinity) w.WriteStringValue(dec.ToString());
                else w.WriteRawValue(dec.ToString(), skipInputValidation: false);
                break;
            case BsonType.Boolean: w.WriteBooleanValue(v.AsBoolean); break;
            case BsonType.ObjectId: w.WriteStringValue(v.AsObjectId.ToString()); break;
            case BsonType.DateTime:
                var ms = v.AsDateTimeMilliseconds;
                if (ms is >= -62135596800000 and <= 253402300799999)
                    w.WriteStringValue(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                else w.WriteNumberValue(ms);
                break;
            case BsonType.Binary:
                var b = v.AsBinary;
                if (b.SubType == (byte)BsonBinarySubType.Uuid && b.Span.Length == 16) w.WriteStringValue(b.ToGuid().ToString("D"));
                else w.WriteBase64StringValue(b.Span);
                break;
            case BsonType.Timestamp: w.WriteNumberValue(v.AsTimestamp.Value); break;
            case BsonType.RegularExpression:
                var rx = v.AsRegularExpression;
                w.WriteStringValue("/" + rx.Pattern + "/" + rx.Options);
                break;
            case BsonType.JavaScript: w.WriteStringValue(v.AsJavaScript); break;
            case BsonType.Symbol: w.WriteStringValue(v.AsSymbol); break;
            case BsonType.JavaScriptWithScope: w.WriteStringValue(v.AsJavaScriptWithScope.Code); break;
            case BsonType.DbPointer: w.WriteStringValue(v.AsDbPointer.Namespace + "/" + v.AsDbPointer.Id); break;
            default: w.WriteNullValue(); break;
        }
    }
}
