using System.Globalization;
using System.Text.Json;

namespace StudyGraph.Mongo.Bson.Json;

/// <summary>
/// Reads MongoDB Extended JSON v2 (canonical and relaxed, plus the legacy $binary/$type, $regex/$options and
/// $date-number forms) into BSON values. Plain JSON numbers become int32, int64 or double, smallest first.
/// </summary>
public static class ExtendedJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <summary>Parses a JSON object into a document.</summary>
    /// <exception cref="FormatException">The text is not JSON, not an object, or a $-wrapper is malformed.</exception>
    public static BsonDocument ReadDocument(string json)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException("Extended JSON is not valid JSON: " + ex.Message, ex);
        }
        using (parsed)
        {
            if (parsed.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("Extended JSON document must be a JSON object.");
            var v = ReadValue(parsed.RootElement);
            return v.Type == BsonType.Document ? v.AsDocument : throw new FormatException("Extended JSON top level is a wrapped value, not a document.");
        }
    }

    /// <summary>Converts one JSON element.</summary>
    public static BsonValue ReadValue(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: return BsonValue.FromString(e.GetString()!);
            case JsonValueKind.True: return BsonValue.FromBoolean(true);
            case JsonValueKind.False: return BsonValue.FromBoolean(false);
            case JsonValueKind.Null: return BsonValue.Null;
            case JsonValueKind.Number:
                if (e.TryGetInt32(out var i)) return BsonValue.FromInt32(i);
                if (e.TryGetInt64(out var l)) return BsonValue.FromInt64(l);
                return BsonValue.FromDouble(e.GetDouble());
            case JsonValueKind.Array:
                var a = new BsonArray(e.GetArrayLength());
                foreach (var item in e.EnumerateArray()) a.Add(ReadValue(item));
                return BsonValue.FromArray(a);
            case JsonValueKind.Object:
                return ReadObject(e);
            default:
                throw new FormatException($"Unexpected JSON {e.ValueKind}.");
        }
    }

    private static BsonValue ReadObject(JsonElement e)
    {
        var count = 0;
        string? first = null;
        foreach (var p in e.EnumerateObject())
        {
            first ??= p.Name;
            count++;
        }
        if (first is not null && first.StartsWith('$') && TryReadWrapper(e, first, count, out var wrapped)) return wrapped;
        var doc = new BsonDocument(count);
        foreach (var p in e.EnumerateObject()) doc.Add(p.Name, ReadValue(p.Value));
        return BsonValue.FromDocument(doc);
    }

    private static bool TryReadWrapper(JsonElement e, string key, int count, out BsonValue value)
    {
        value = default;
        var v = e.GetProperty(key);
        switch (key)
        {
            case "$oid" when count == 1:
                value = ObjectId.TryParse(v.GetString(), out var oid) ? BsonValue.FromObjectId(oid) : throw Bad("$oid", v);
                return true;
            case "$symbol" when count == 1:
                value = BsonValue.FromSymbol(String(v, key));
                return true;
            case "$numberInt" when count == 1:
                value = int.TryParse(String(v, key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? BsonValue.FromInt32(i) : throw Bad(key, v);
                return true;
            case "$numberLong" when count == 1:
                value = long.TryParse(String(v, key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? BsonValue.FromInt64(l) : throw Bad(key, v);
                return true;
            case "$numberDouble" when count == 1:
                value = BsonValue.FromDouble(ParseDouble(String(v, key)));
                return true;
            case "$numberDecimal" when count == 1:
                value = Decimal128.TryParse(String(v, key), out var dec, out var err) ? BsonValue.FromDecimal128(dec) : throw new FormatException($"$numberDecimal: {err}");
                return true;
            case "$binary":
                value = ReadBinary(e, v, count);
                return true;
            case "$uuid" when count == 1:
                value = Guid.TryParseExact(String(v, key), "D", out var g) ? BsonValue.FromGuid(g) : throw Bad(key, v);
                return true;
            case "$code" when count == 1:
                value = BsonValue.FromJavaScript(String(v, key));
                return true;
            case "$code" when count == 2 && e.TryGetProperty("$scope", out var scope):
                var scopeValue = ReadValue(scope);
                if (scopeValue.Type != BsonType.Document) throw Bad("$scope", scope);
                value = BsonValue.FromJavaScriptWithScope(new BsonJavaScriptWithScope(String(v, key), scopeValue.AsDocument));
                return true;
            case "$timestamp" when count == 1:
                value = BsonValue.FromTimestamp(new BsonTimestamp(v.GetProperty("t").GetUInt32(), v.GetProperty("i").GetUInt32()));
                return true;
            case "$regularExpression" when count == 1:
                value = BsonValue.FromRegularExpression(new BsonRegularExpression(String(v.GetProperty("pattern"), "pattern"), String(v.GetProperty("options"), "options")));
                return true;
            case "$regex" when count == 2 && v.ValueKind == JsonValueKind.String && e.TryGetProperty("$options", out var opts):
                value = BsonValue.FromRegularExpression(new BsonRegularExpression(v.GetString()!, String(opts, "$options")));
                return true;
            case "$dbPointer" when count == 1:
                var id = ReadValue(v.GetProperty("$id"));
                if (id.Type != BsonType.ObjectId) throw Bad("$dbPointer.$id", v);
                value = BsonValue.FromDbPointer(new BsonDbPointer(String(v.GetProperty("$ref"), "$ref"), id.AsObjectId));
                return true;
            case "$date" when count == 1:
                value = BsonValue.FromDateTimeMilliseconds(ReadDate(v));
                return true;
            case "$minKey" when count == 1:
                value = BsonValue.MinKey;
                return true;
            case "$maxKey" when count == 1:
                value = BsonValue.MaxKey;
                return true;
            case "$undefined" when count == 1:
                value = BsonValue.Undefined;
                return true;
            default:
                return false;
        }
    }

    private static BsonValue ReadBinary(JsonElement e, JsonElement v, int count)
    {
        if (v.ValueKind == JsonValueKind.Object && count == 1)
        {
            var data = Convert.FromBase64String(String(v.GetProperty("base64"), "base64"));
            return BsonValue.FromBinary(new BsonBinary(ParseSubType(String(v.GetProperty("subType"), "subType")), data));
        }
        if (v.ValueKind == JsonValueKind.String && count == 2 && e.TryGetProperty("$type", out var t))
        {
            return BsonValue.FromBinary(new BsonBinary(ParseSubType(String(t, "$type")), Convert.FromBase64String(v.GetString()!)));
        }
        throw Bad("$binary", v);
    }

    private static byte ParseSubType(string hex) =>
        hex.Length is 1 or 2 && byte.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b)
            ? b
            : throw new FormatException($"Binary subType '{hex}' is not one or two hexadecimal digits.");

    private static long ReadDate(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Object:
                return long.Parse(String(v.GetProperty("$numberLong"), "$numberLong"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                return DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
                    ? dto.ToUnixTimeMilliseconds()
                    : throw Bad("$date", v);
            case JsonValueKind.Number:
                return v.GetInt64();
            default:
                throw Bad("$date", v);
        }
    }

    private static double ParseDouble(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new FormatException($"$numberDouble '{s}' is not a number."),
    };

    private static string String(JsonElement v, string what) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Bad(what, v);

    private static FormatException Bad(string what, JsonElement v) => new($"Extended JSON {what} has an invalid value: {v.GetRawText()}");
}
