using System.Buffers.Text;
using System.Text.Json;

namespace StudyGraph.Storage.Documents;

/// <summary>
/// Keyset cursors: the sort-key values and the id of a document, as base64url JSON. Opaque to clients; a cursor
/// that does not fit the query's order is refused with <see cref="InvalidCursorException"/>.
/// </summary>
public static class CursorCodec
{
    /// <summary>The cursor of <paramref name="document"/> under <paramref name="order"/>.</summary>
    public static string Encode(byte[] document, IReadOnlyList<SortKey> order, string id)
    {
        // Ordered by id alone (the common case), the cursor needs nothing from the document: don't parse it.
        using var doc = order.Count == 0 ? null : JsonDocument.Parse(document);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            for (var i = 0; i < order.Count; i++)
            {
                var value = Navigate(doc!.RootElement, order[i].Path);
                if (value is { } v && v.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    v.WriteTo(w);
                else
                    w.WriteNullValue();
            }
            w.WriteStringValue(id);
            w.WriteEndArray();
        }
        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>Decodes a cursor into one value per sort key (string, long, double, bool or null) and the id.</summary>
    public static (object?[] Values, string Id) Decode(string cursor, IReadOnlyList<SortKey> order)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException e)
        {
            throw new InvalidCursorException("The cursor is not valid base64url.", e);
        }
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != order.Count + 1)
                throw new InvalidCursorException("The cursor does not belong to this query's order.");
            var values = new object?[order.Count];
            for (var i = 0; i < order.Count; i++) values[i] = ToClr(root[i]);
            var last = root[order.Count];
            if (last.ValueKind != JsonValueKind.String) throw new InvalidCursorException("The cursor has no document id.");
            return (values, last.GetString()!);
        }
        catch (JsonException e)
        {
            throw new InvalidCursorException("The cursor is not valid.", e);
        }
    }

    /// <summary>The element at a dotted path, or null when any segment is missing.</summary>
    public static JsonElement? Navigate(JsonElement root, FieldPath path)
    {
        var current = root;
        foreach (var segment in path.Value.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current)) return null;
        }
        return current;
    }

    private static object? ToClr(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => throw new InvalidCursorException("The cursor holds a value of an unsupported kind."),
    };
}
