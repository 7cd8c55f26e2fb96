using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>The payload of <c>subscribe</c> (or legacy <c>start</c>): query, operationName, variables, extensions.</summary>
internal sealed record OperationPayload(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>Reads the payload, or null when it is not an object with a string <c>query</c> and well-typed optional members.</summary>
    public static OperationPayload? Read(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p) return null;
        string? query = null, name = null;
        JsonElement? variables = null, extensions = null;
        foreach (var m in p.EnumerateObject())
        {
            var v = m.Value;
            switch (m.Name)
            {
                case "query":
                    if (v.ValueKind != JsonValueKind.String) return null;
                    query = v.GetString();
                    break;
                case "operationName":
                    if (v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return null;
                    name = v.GetString();
                    break;
                case "variables":
                    if (v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return null;
                    variables = v.ValueKind == JsonValueKind.Object ? v : null;
                    break;
                case "extensions":
                    if (v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return null;
                    extensions = v.ValueKind == JsonValueKind.Object ? v : null;
                    break;
            }
        }
        return query is null ? null : new OperationPayload(query, string.IsNullOrEmpty(name) ? null : name, variables, extensions);
    }

    /// <summary>The variables as the executor's raw map (JSON elements), or null.</summary>
    public IReadOnlyDictionary<string, object?>? VariableMap()
    {
        if (Variables is not { } v) return null;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject()) map[p.Name] = p.Value;
        return map;
    }
}
