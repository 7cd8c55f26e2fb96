using System.Globalization;
using System.Text;

namespace StudyGraph.Mongo.Bson.Json;

/// <summary>
/// Writes MongoDB Extended JSON v2 (canonical or relaxed), producing the same text as the reference
/// <c>bson</c> package's <c>EJSON.stringify</c> (compact, keys in document order).
/// </summary>
public static class ExtendedJsonWriter
{
    /// <summary>The largest date (exclusive, in ms) that relaxed mode writes as an ISO string, as the reference does.</summary>
    private const long RelaxedDateLimit = 253402318800000;

    private const long MaxDateTimeMs = 253402300799999;

    private const long MsPer400Years = 146097L * 86_400_000L;

    /// <summary>Extended JSON of a document.</summary>
    public static string Write(BsonDocument document, ExtendedJsonMode mode = ExtendedJsonMode.Canonical)
    {
        var sb = new StringBuilder(128);
        WriteDocument(sb, document, mode);
        return sb.ToString();
    }

    /// <summary>Extended JSON of a single value.</summary>
    public static string WriteValue(BsonValue value, ExtendedJsonMode mode = ExtendedJsonMode.Canonical)
    {
        var sb = new StringBuilder(32);
        WriteValue(sb, value, mode);
        return sb.ToString();
    }

    private static void WriteDocument(StringBuilder sb, BsonDocument doc, ExtendedJsonMode mode)
    {
        sb.Append('{');
        var first = true;
        foreach (var e in doc)
        {
            if (!first) sb.Append(',');
            first = false;
            WriteString(sb, e.Name);
            sb.Append(':');
            WriteValue(sb, e.Value, mode);
        }
        sb.Append('}');
    }

    private static void WriteValue(StringBuilder sb, BsonValue v, ExtendedJsonMode mode)
    {
        var relaxed = mode == ExtendedJsonMode.Relaxed;
        switch (v.Type)
        {
            case BsonType.Double:
                WriteDouble(sb, v.AsDouble, relaxed);
                break;
            case BsonType.String:
                WriteString(sb, v.AsString);
                break;
            case BsonType.Document:
                WriteDocument(sb, v.AsDocument, mode);
                break;
            case BsonType.Array:
                sb.Append('[');
                var a = v.AsArray;
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteValue(sb, a[i], mode);
                }
                sb.Append(']');
                break;
            case BsonType.Binary:
                var b = v.AsBinary;
                sb.Append("{\"$binary\":{\"base64\":\"").Append(Convert.ToBase64String(b.Span))
                    .Append("\",\"subType\":\"").Append(b.SubType.ToString("x2", CultureInfo.InvariantCulture)).Append("\"}}");
                break;
            case BsonType.Undefined:
                sb.Append("{\"$undefined\":true}");
                break;
            case BsonType.ObjectId:
                sb.Append("{\"$oid\":\"").Append(v.AsObjectId.ToString()).Append("\"}");
                break;
            case BsonType.Boolean:
                sb.Append(v.AsBoolean ? "true" : "false");
                break;
            case BsonType.DateTime:
                WriteDate(sb, v.AsDateTimeMilliseconds, relaxed);
                break;
            case BsonType.Null:
                sb.Append("null");
                break;
            case BsonType.RegularExpression:
                var rx = v.AsRegularExpression;
                sb.Append("{\"$regularExpression\":{\"pattern\":");
                WriteString(sb, rx.Pattern);
                sb.Append(",\"options\":");
                WriteString(sb, rx.Options);
                sb.Append("}}");
                break;
            case BsonType.DbPointer:
                var p = v.AsDbPointer;
                sb.Append("{\"$dbPointer\":{\"$ref\":");
                WriteString(sb, p.Namespace);
                sb.Append(",\"$id\":{\"$oid\":\"").Append(p.Id.ToString()).Append("\"}}}");
                break;
            case BsonType.JavaScript:
                sb.Append("{\"$code\":");
                WriteString(sb, v.AsJavaScript);
                sb.Append('}');
                break;
            case BsonType.Symbol:
                sb.Append("{\"$symbol\":");
                WriteString(sb, v.AsSymbol);
                sb.Append('}');
                break;
            case BsonType.JavaScriptWithScope:
                var cws = v.AsJavaScriptWithScope;
                sb.Append("{\"$code\":");
                WriteString(sb, cws.Code);
                sb.Append(",\"$scope\":");
                WriteDocument(sb, cws.Scope, mode);
                sb.Append('}');
                break;
            case BsonType.Int32:
                if (relaxed) sb.Append(v.AsInt32.ToString(CultureInfo.InvariantCulture));
                else sb.Append("{\"$numberInt\":\"").Append(v.AsInt32.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case BsonType.Timestamp:
                var ts = v.AsTimestamp;
                sb.Append("{\"$timestamp\":{\"t\":").Append(ts.T.ToString(CultureInfo.InvariantCulture))
                    .Append(",\"i\":").Append(ts.I.ToString(CultureInfo.InvariantCulture)).Append("}}");
                break;
            case BsonType.Int64:
                // Relaxed mode writes a plain JSON number, which (as in JavaScript) is a double.
                if (relaxed) sb.Append(JsNumberFormat.ToJsString(v.AsInt64));
                else sb.Append("{\"$numberLong\":\"").Append(v.AsInt64.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case BsonType.Decimal128:
                sb.Append("{\"$numberDecimal\":\"").Append(v.AsDecimal128.ToString()).Append("\"}");
                break;
            case BsonType.MinKey:
                sb.Append("{\"$minKey\":1}");
                break;
            case BsonType.MaxKey:
                sb.Append("{\"$maxKey\":1}");
                break;
            default:
                throw new ArgumentException($"Cannot write BSON type {v.Type} as Extended JSON.");
        }
    }

    private static void WriteDouble(StringBuilder sb, double d, bool relaxed)
    {
        if (relaxed && double.IsFinite(d))
        {
            sb.Append(JsNumberFormat.ToJsString(d));
            return;
        }
        string text;
        if (d == 0 && double.IsNegative(d)) text = "-0.0";
        else if (double.IsFinite(d) && Math.Floor(d) == d) text = JsNumberFormat.IntegerToFixed1(d);
        else text = JsNumberFormat.ToJsString(d);
        sb.Append("{\"$numberDouble\":\"").Append(text).Append("\"}");
    }

    private static void WriteDate(StringBuilder sb, long ms, bool relaxed)
    {
        if (relaxed && ms >= 0 && ms < RelaxedDateLimit)
        {
            // Past 9999-12-31 (the reference's limit reaches into year 10000) JavaScript writes an expanded year
            // (+010000); the Gregorian calendar repeats every 400 years, so format 400 years earlier and add them back.
            var shift = ms > MaxDateTimeMs ? 400 : 0;
            var dt = DateTimeOffset.FromUnixTimeMilliseconds(ms - (shift == 0 ? 0 : MsPer400Years)).UtcDateTime;
            var format = dt.Millisecond != 0 ? "MM-dd'T'HH:mm:ss.fff'Z'" : "MM-dd'T'HH:mm:ss'Z'";
            var year = dt.Year + shift;
            sb.Append("{\"$date\":\"").Append(year > 9999 ? "+" + year.ToString("D6", CultureInfo.InvariantCulture) : year.ToString("D4", CultureInfo.InvariantCulture))
                .Append('-').Append(dt.ToString(format, CultureInfo.InvariantCulture)).Append("\"}");
            return;
        }
        sb.Append("{\"$date\":{\"$numberLong\":\"").Append(ms.ToString(CultureInfo.InvariantCulture)).Append("\"}}");
    }

    /// <summary>A JSON string literal escaped as JavaScript's JSON.stringify escapes it.</summary>
    internal static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsSurrogate(c))
                    {
                        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        {
                            sb.Append(c).Append(s[++i]);
                        }
                        else
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
