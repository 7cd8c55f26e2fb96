using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A parsed incoming message: <c>type</c>, <c>id</c> and a cloned <c>payload</c> (independent of the receive buffer).
/// <see cref="Valid"/> is false when the text is not a JSON object or <c>type</c>/<c>id</c> have the wrong JSON types.
/// </summary>
internal readonly record struct IncomingMessage(bool Valid, string? Type, string? Id, JsonElement? Payload)
{
    public static IncomingMessage Parse(ReadOnlyMemory<byte> text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return default;
            string? type = null, id = null;
            JsonElement? payload = null;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "type":
                        if (p.Value.ValueKind != JsonValueKind.String) return default;
                        type = p.Value.GetString();
                        break;
                    case "id":
                        if (p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return default;
                        id = p.Value.GetString();
                        break;
                    case "payload":
                        payload = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.Clone();
                        break;
                }
            }
            return new IncomingMessage(type is not null, type, id, payload);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
