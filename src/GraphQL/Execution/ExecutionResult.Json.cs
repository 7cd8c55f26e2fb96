using System.Collections;
using System.Text;
using System.Text.Json;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Execution;

public sealed partial class ExecutionResult
{
    /// <summary>
    /// Writes the response JSON in graphql-js's key order: <c>errors</c> (only when there are errors), <c>data</c>
    /// (only when <see cref="HasData"/>), then <c>extensions</c>. Each error is <c>message</c>, <c>locations</c>,
    /// <c>path</c>, <c>extensions</c>, absent members omitted.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in Errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, Data);
        }
        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>The response as a JSON string (for tests and logs).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes one error object.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var l in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, l.Line);
                writer.WriteNumber("column"u8, l.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int i) writer.WriteNumberValue(i);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a response value: maps, lists, strings, numbers (as JavaScript prints them), booleans, JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null: writer.WriteNullValue(); return;
            case ResponseMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    var entry = map[i];
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            case string s: writer.WriteStringValue(s); return;
            case bool b: writer.WriteBooleanValue(b); return;
            case int i: writer.WriteNumberValue(i); return;
            case long l: writer.WriteNumberValue(l); return;
            case double d: WriteDouble(writer, d); return;
            case float f: WriteDouble(writer, f); return;
            case decimal m: writer.WriteNumberValue(m); return;
            case short or byte or sbyte or ushort or uint: writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); return;
            case ulong ul: writer.WriteNumberValue(ul); return;
            case JsonElement je: je.WriteTo(writer); return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var p in pairs)
                {
                    writer.WritePropertyName(p.Key);
                    WriteValue(writer, p.Value);
                }
                writer.WriteEndObject();
                return;
            case IDictionary dict:
                writer.WriteStartObject();
                foreach (DictionaryEntry e in dict)
                {
                    writer.WritePropertyName(Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, e.Value);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (!double.IsFinite(d))
        {
            writer.WriteNullValue(); // JSON.stringify writes NaN and Infinity as null
            return;
        }
        if (Math.Floor(d) == d && Math.Abs(d) < 1e15)
        {
            writer.WriteNumberValue((long)d);
            return;
        }
        writer.WriteRawValue(JsNumber.Format(d), skipInputValidation: true);
    }
}
