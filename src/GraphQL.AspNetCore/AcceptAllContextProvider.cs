using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>The provider used when the host registers none: null context, every connection accepted.</summary>
internal sealed class AcceptAllContextProvider : IGraphQLRequestContextProvider
{
    public static AcceptAllContextProvider Instance { get; } = new();

    public ValueTask<object?> CreateHttpContextAsync(HttpContext http, CancellationToken ct) => new((object?)null);

    public ValueTask<ConnectionInitResult> OnConnectionInitAsync(HttpContext http, JsonElement? payload, CancellationToken ct) =>
        new(ConnectionInitResult.Accept(null));
}
