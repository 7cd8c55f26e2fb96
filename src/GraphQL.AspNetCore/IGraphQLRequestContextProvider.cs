using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>
/// Builds the per-request user context the resolvers see, and admits or refuses WebSocket connections. Register one in
/// DI to take part; without one every request gets a null context and every connection is accepted.
/// </summary>
/// <remarks>
/// A returned <see cref="IDictionary{TKey,TValue}"/> of <c>string</c> to <c>object?</c> is copied into the resolvers'
/// user context; any other non-null object is stored under <see cref="GraphQLContextKeys.UserContext"/>. Throwing a
/// <see cref="Execution.GraphQLException"/> from <see cref="CreateHttpContextAsync"/> answers the request with that
/// error (401 for <c>extensions.code</c> UNAUTHENTICATED, 403 for FORBIDDEN, 400 otherwise).
/// </remarks>
public interface IGraphQLRequestContextProvider
{
    /// <summary>The user context of an HTTP request (built from <see cref="HttpContext.User"/> and such).</summary>
    ValueTask<object?> CreateHttpContextAsync(HttpContext http, CancellationToken ct);

    /// <summary>Decides on a WebSocket <c>connection_init</c> (its payload may be null); a rejection closes the socket with 4403.</summary>
    ValueTask<ConnectionInitResult> OnConnectionInitAsync(HttpContext http, JsonElement? payload, CancellationToken ct);
}
