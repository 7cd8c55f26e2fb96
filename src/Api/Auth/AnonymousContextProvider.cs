using System.Text.Json;
using StudyGraph.Api.Context;
using StudyGraph.GraphQL.AspNetCore;

namespace StudyGraph.Api.Auth;

/// <summary>Placeholder until token validation lands: every request is anonymous.</summary>
public sealed class AnonymousContextProvider : IGraphQLRequestContextProvider
{
    /// <inheritdoc />
    public ValueTask<object?> CreateHttpContextAsync(HttpContext http, CancellationToken ct) =>
        ValueTask.FromResult<object?>(RequestContext.Create(null, http.Connection.RemoteIpAddress?.ToString() ?? "unknown"));

    /// <inheritdoc />
    public ValueTask<ConnectionInitResult> OnConnectionInitAsync(HttpContext http, JsonElement? payload, CancellationToken ct) =>
        ValueTask.FromResult(ConnectionInitResult.Accept(RequestContext.Create(null, http.Connection.RemoteIpAddress?.ToString() ?? "unknown")));
}
