using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade for <c>graphql-transport-ws</c> (preferred) or the legacy <c>graphql-ws</c>
/// (subscriptions-transport-ws) sub-protocol and runs the connection; any other sub-protocol is refused with 400.
/// </summary>
internal sealed class GraphQLWebSocketHandler
{
    public const string TransportWs = "graphql-transport-ws";
    public const string LegacyWs = "graphql-ws";

    private readonly GraphQLRequestExecutor _executor;
    private readonly IGraphQLRequestContextProvider _contexts;
    private readonly GraphQLServerOptions _options;
    private readonly TimeProvider _time;

    public GraphQLWebSocketHandler(GraphQLRequestExecutor executor, IGraphQLRequestContextProvider contexts, GraphQLServerOptions options, TimeProvider time)
    {
        _executor = executor;
        _contexts = contexts;
        _options = options;
        _time = time;
    }

    public async Task HandleAsync(HttpContext http)
    {
        string? chosen = null;
        foreach (var p in http.WebSockets.WebSocketRequestedProtocols)
        {
            if (p == TransportWs) chosen = TransportWs;
            else if (p == LegacyWs) chosen ??= LegacyWs;
        }
        if (chosen is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"Unsupported WebSocket sub-protocol: request '{TransportWs}' or '{LegacyWs}'.", http.RequestAborted).ConfigureAwait(false);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(chosen).ConfigureAwait(false);
        WebSocketSession session = chosen == TransportWs
            ? new TransportWsSession(socket, http, _executor, _contexts, _options, _time)
            : new LegacyWsSession(socket, http, _executor, _contexts, _options, _time);
        await session.RunAsync().ConfigureAwait(false);
    }
}
