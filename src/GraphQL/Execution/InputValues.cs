using System.Collections;
using System.Text.Json;

namespace StudyGraph.GraphQL.Execution;

/// <summary>Normalizes external input (JSON elements, dictionaries, lists) to the plain values input coercion reads.</summary>
public static class InputValues
{
    /// <summary>
    /// <see cref="JsonElement"/> objects and other string-keyed dictionaries become <c>Dictionary&lt;string, object?&gt;</c>,
    /// arrays and other lists become <c>List&lt;object?&gt;</c>, JSON numbers become int, long or double (as JavaScript
    /// would hold them), strings and booleans stay; other values are returned unchanged.
    /// </summary>
    public static object? FromJson(object? value)
    {
        switch (value)
        {
            case null: return null;
            case JsonElement je: return FromElement(je);
            case string: return value;
            case Dictionary<string, object?> d: return Copy(d);
            case IReadOnlyDictionary<string, object?> rd: return Copy(rd);
            case IDictionary<string, object?> dd: return Copy(dd);
            case IList list when value is not Array { Rank: > 1 }:
                {
                    var items = new List<object?>(list.Count);
                    foreach (var item in list) items.Add(FromJson(item));
                    return items;
                }
            default: return value;
        }
    }

    /// <summary>Converts a JSON element (see <see cref="FromJson"/>).</summary>
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                {
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var p in element.EnumerateObject()) map[p.Name] = FromElement(p.Value);
                    return map;
                }
            case JsonValueKind.Array:
                {
                    var list = new List<object?>(element.GetArrayLength());
                    foreach (var item in element.EnumerateArray()) list.Add(FromElement(item));
                    return list;
                }
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i)) return i;
                var d = element.GetDouble();
                if (Math.Floor(d) == d && Math.Abs(d) < 9007199254740992d) return (long)d;
                return d;
            default: return null;
        }
    }

    private static Dictionary<string, object?> Copy(IEnumerable<KeyValuePair<string, object?>> source)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var kv in source) map[kv.Key] = FromJson(kv.Value);
        return map;
    }
}
