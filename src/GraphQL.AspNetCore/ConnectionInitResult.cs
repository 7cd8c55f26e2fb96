namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>
/// The answer to a WebSocket <c>connection_init</c>: accepted with the user context every operation of the connection
/// sees, or rejected with a reason (sent as the close reason of 4403, or in legacy <c>connection_error</c>).
/// </summary>
/// <param name="Accepted">Whether the connection is admitted.</param>
/// <param name="UserContext">The connection's user context (see <see cref="IGraphQLRequestContextProvider"/> for how it is handed to resolvers).</param>
/// <param name="RejectReason">Why the connection was refused, or null.</param>
public sealed record ConnectionInitResult(bool Accepted, object? UserContext, string? RejectReason)
{
    /// <summary>The optional payload of <c>connection_ack</c> (any JSON-writable value: maps, lists, strings, numbers).</summary>
    public object? AckPayload { get; init; }

    /// <summary>
    /// When the credentials the connection was admitted with lapse (e.g. the access token's expiry), or null for never. At that
    /// moment the server closes the connection with 4403 and <see cref="ExpiredReason"/>; graphql-ws clients treat 4403 as
    /// retryable, reconnect and send a fresh <c>connection_init</c> (with a refreshed token when their connectionParams compute it).
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The close reason at <see cref="ExpiresAt"/> (after <c>Forbidden: </c>).</summary>
    public string ExpiredReason { get; init; } = "the credentials have expired";

    /// <summary>Admits the connection with <paramref name="userContext"/>.</summary>
    public static ConnectionInitResult Accept(object? userContext) => new(true, userContext, null);

    /// <summary>Refuses the connection for <paramref name="reason"/>.</summary>
    public static ConnectionInitResult Reject(string reason) => new(false, null, reason);
}
