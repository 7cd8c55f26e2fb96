using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>Turns the provider's user context into the dictionary the executor hands to resolvers (a fresh one per operation).</summary>
internal static class UserContexts
{
    public static Dictionary<string, object?> Create(object? provided, HttpContext http, JsonElement? extensions)
    {
        Dictionary<string, object?> map;
        if (provided is IDictionary<string, object?> source)
        {
            map = new Dictionary<string, object?>(source, StringComparer.Ordinal);
        }
        else
        {
            map = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (provided is not null) map[GraphQLContextKeys.UserContext] = provided;
        }
        map.TryAdd(GraphQLContextKeys.HttpContext, http);
        if (extensions is { ValueKind: JsonValueKind.Object } e) map[GraphQLContextKeys.Extensions] = e;
        return map;
    }
}
