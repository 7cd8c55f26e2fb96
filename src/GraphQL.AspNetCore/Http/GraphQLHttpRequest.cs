using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) read
/// from a JSON body or a query string. Owns the JSON documents the variables point into: dispose after the response.
/// </summary>
internal sealed class GraphQLHttpRequest : IDisposable
{
    private readonly List<JsonDocument> _documents = [];

    public string Query { get; private set; } = "";

    public string? OperationName { get; private set; }

    public JsonElement? Variables { get; private set; }

    public JsonElement? Extensions { get; private set; }

    public void Dispose()
    {
        foreach (var d in _documents) d.Dispose();
        _documents.Clear();
    }

    /// <summary>Reads the parameters of a POST body (already a parsed JSON document, now owned by the request); an error message when they are invalid.</summary>
    public static GraphQLHttpRequest? FromJson(JsonDocument body, out string? error)
    {
        var request = new GraphQLHttpRequest();
        request._documents.Add(body);
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "The request body must be a JSON object.";
            return Fail(request);
        }
        string? query = null;
        foreach (var p in root.EnumerateObject())
        {
            switch (p.Name)
            {
                case "query":
                    if (p.Value.ValueKind != JsonValueKind.String) { error = "The 'query' parameter must be a string."; return Fail(request); }
                    query = p.Value.GetString();
                    break;
                case "operationName":
                    if (p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) { error = "The 'operationName' parameter must be a string or null."; return Fail(request); }
                    request.OperationName = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
                    break;
                case "variables":
                    if (!IsMapOrNull(p.Value)) { error = "The 'variables' parameter must be an object or null."; return Fail(request); }
                    request.Variables = p.Value.ValueKind == JsonValueKind.Object ? p.Value : null;
                    break;
                case "extensions":
                    if (!IsMapOrNull(p.Value)) { error = "The 'extensions' parameter must be an object or null."; return Fail(request); }
                    request.Extensions = p.Value.ValueKind == JsonValueKind.Object ? p.Value : null;
                    break;
            }
        }
        if (query is null)
        {
            error = "The 'query' parameter is required.";
            return Fail(request);
        }
        request.Query = query;
        error = null;
        return request;
    }

    /// <summary>Reads the parameters of a GET query string; an error message when they are invalid.</summary>
    public static GraphQLHttpRequest? FromQueryString(IQueryCollection parameters, out string? error)
    {
        var request = new GraphQLHttpRequest();
        if (!TrySingle(parameters, "query", out var query, out error) || !TrySingle(parameters, "operationName", out var name, out error)
            || !TrySingle(parameters, "variables", out var variables, out error) || !TrySingle(parameters, "extensions", out var extensions, out error))
        {
            return Fail(request);
        }
        if (query is null)
        {
            error = "The 'query' parameter is required.";
            return Fail(request);
        }
        request.Query = query;
        request.OperationName = string.IsNullOrEmpty(name) ? null : name;
        if (!request.TryMap(variables, "variables", out var v, out error)) return Fail(request);
        if (!request.TryMap(extensions, "extensions", out var e, out error)) return Fail(request);
        request.Variables = v;
        request.Extensions = e;
        return request;
    }

    private bool TryMap(string? text, string name, out JsonElement? value, out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(text)) return true;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            error = $"The '{name}' parameter must be a JSON-encoded object.";
            return false;
        }
        _documents.Add(document);
        if (!IsMapOrNull(document.RootElement))
        {
            error = $"The '{name}' parameter must be a JSON-encoded object.";
            return false;
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object) value = document.RootElement;
        return true;
    }

    private static bool TrySingle(IQueryCollection parameters, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0) return true;
        if (values.Count > 1)
        {
            error = $"The '{name}' parameter must be given once.";
            return false;
        }
        value = values[0];
        return true;
    }

    private static bool IsMapOrNull(JsonElement value) => value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;

    private static GraphQLHttpRequest? Fail(GraphQLHttpRequest request)
    {
        request.Dispose();
        return null;
    }
}
