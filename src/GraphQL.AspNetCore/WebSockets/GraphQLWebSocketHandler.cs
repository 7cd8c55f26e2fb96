using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade for <c>graphql-transport-ws</c> (preferred) or the legacy <c>graphql-ws</c>
/// (subscriptions-transport-ws) sub-protocol and runs the connection; any other sub-protocol is refused with 400.
/// </summary>
internal sealed class GraphQLWebSocketHandler
{
    public const string TransportWs = "graphql-transport-ws";
    public const string LegacyWs = "graphql-ws";

    private readonly TransportDependencies _dependencies;

    public GraphQLWebSocketHandler(TransportDependencies dependencies) => _dependencies = dependencies;

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
            ? new TransportWsSession(socket, http, _dependencies)
            : new LegacyWsSession(socket, http, _dependencies);
        await session.RunAsync().ConfigureAwait(false);
    }
}
