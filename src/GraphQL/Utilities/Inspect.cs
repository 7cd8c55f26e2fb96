using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>
/// Renders a value the way graphql-js's <c>inspect</c> does, for error messages: strings quoted as JSON,
/// numbers in JavaScript form, lists as <c>[1, 2]</c>, dictionaries as <c>{ a: 1 }</c>, null as <c>null</c>.
/// </summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Renders <paramref name="value"/>.</summary>
    public static string Value(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0);
        return sb.ToString();
    }

    /// <summary>A string as JavaScript's <c>JSON.stringify</c> writes it.</summary>
    public static string JsonString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
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
                    // JSON.stringify escapes control characters and lone surrogates; paired surrogates pass through.
                    var lone = char.IsHighSurrogate(c) ? !(i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        : char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < 0x20 || lone) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); return;
            case string s: sb.Append(JsonString(s)); return;
            case char ch: sb.Append(JsonString(ch.ToString())); return;
            case bool b: sb.Append(b ? "true" : "false"); return;
            case double d: sb.Append(JsNumber.Format(d)); return;
            case float f: sb.Append(JsNumber.Format(f)); return;
            case decimal m: sb.Append(JsNumber.Format((double)m)); return;
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); return;
            case JsonElement je: WriteJson(sb, je, depth); return;
            case IDictionary dict: WriteDictionary(sb, dict, depth); return;
            case IEnumerable<KeyValuePair<string, object?>> pairs: WritePairs(sb, pairs, depth); return;
            case IEnumerable list: WriteList(sb, list, depth); return;
            case Delegate del: sb.Append("[function ").Append(del.Method.Name).Append(']'); return;
            case Enum e: sb.Append(JsonString(e.ToString())); return;
            default:
                sb.Append("[object ").Append(value.GetType().Name).Append(']');
                return;
        }
    }

    private static void WriteList(StringBuilder sb, IEnumerable list, int depth)
    {
        var items = new List<object?>();
        foreach (var item in list) items.Add(item);
        if (items.Count == 0) { sb.Append("[]"); return; }
        if (depth >= MaxRecursiveDepth) { sb.Append("[Array]"); return; }
        sb.Append('[');
        var shown = Math.Min(MaxArrayLength, items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i], depth + 1);
        }
        var remaining = items.Count - shown;
        if (remaining == 1) sb.Append(", ... 1 more item");
        else if (remaining > 1) sb.Append(", ... ").Append(remaining).Append(" more items");
        sb.Append(']');
    }

    private static void WriteDictionary(StringBuilder sb, IDictionary dict, int depth)
    {
        var pairs = new List<KeyValuePair<string, object?>>();
        foreach (DictionaryEntry entry in dict) pairs.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
        WritePairs(sb, pairs, depth);
    }

    private static void WritePairs(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> source, int depth)
    {
        var pairs = source.ToList();
        if (pairs.Count == 0) { sb.Append("{}"); return; }
        if (depth >= MaxRecursiveDepth) { sb.Append("[Object]"); return; }
        sb.Append("{ ");
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(pairs[i].Key).Append(": ");
            Write(sb, pairs[i].Value, depth + 1);
        }
        sb.Append(" }");
    }

    private static void WriteJson(StringBuilder sb, JsonElement je, int depth)
    {
        switch (je.ValueKind)
        {
            case JsonValueKind.String: sb.Append(JsonString(je.GetString()!)); break;
            case JsonValueKind.Number: sb.Append(JsNumber.Format(je.GetDouble())); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            case JsonValueKind.Array:
                {
                    var items = new List<object?>();
                    foreach (var item in je.EnumerateArray()) items.Add(item);
                    WriteList(sb, items, depth);
                    break;
                }
            case JsonValueKind.Object:
                {
                    var pairs = new List<KeyValuePair<string, object?>>();
                    foreach (var p in je.EnumerateObject()) pairs.Add(new(p.Name, p.Value));
                    WritePairs(sb, pairs, depth);
                    break;
                }
            case JsonValueKind.Undefined: sb.Append("undefined"); break;
            default: sb.Append("null"); break;
        }
    }
}
