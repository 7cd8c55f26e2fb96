using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> protocol (graphql-ws PROTOCOL.md): <c>connection_init</c>/<c>connection_ack</c>,
/// <c>ping</c>/<c>pong</c> both ways, <c>subscribe</c>/<c>next</c>/<c>error</c>/<c>complete</c>, and its close codes.
/// </summary>
internal sealed class TransportWsSession : WebSocketSession
{
    private static readonly ReadOnlyMemory<byte> Ping = WsMessage.Create("ping");
    private static readonly ReadOnlyMemory<byte> Pong = WsMessage.Create("pong");

    public TransportWsSession(WebSocket socket, HttpContext http, TransportDependencies dependencies)
        : base(socket, http, dependencies)
    {
    }

    protected override ReadOnlyMemory<byte> KeepAliveMessage => Ping;

    protected override ValueTask OnBinaryMessageAsync() => CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Binary messages are not supported");

    protected override async ValueTask OnMessageAsync(ReadOnlyMemory<byte> text)
    {
        var message = IncomingMessage.Parse(text);
        if (!message.Valid)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }
        switch (message.Type)
        {
            case "connection_init":
                await InitAsync(message).ConfigureAwait(false);
                return;
            case "ping":
                await SendAsync(message.Payload is { } p ? WsMessage.WithJson("pong", null, p) : Pong).ConfigureAwait(false);
                return;
            case "pong":
                return;
            case "subscribe":
                await SubscribeAsync(message).ConfigureAwait(false);
                return;
            case "complete":
                if (string.IsNullOrEmpty(message.Id))
                {
                    await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: complete needs an id").ConfigureAwait(false);
                    return;
                }
                TryCancel(message.Id);
                return;
            default:
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, $"Invalid message received: unexpected type").ConfigureAwait(false);
                return;
        }
    }

    private async ValueTask InitAsync(IncomingMessage message)
    {
        if (InitReceived)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }
        InitReceived = true;
        if (message.Payload is { ValueKind: not System.Text.Json.JsonValueKind.Object })
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: connection_init payload must be an object").ConfigureAwait(false);
            return;
        }
        ConnectionInitResult result;
        try
        {
            result = await Contexts.OnConnectionInitAsync(Http, message.Payload, ConnectionAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e)
        {
            Logger.LogError(e, "The GraphQL context provider failed on connection_init");
            await CloseAsync(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            return;
        }
        if (!result.Accepted)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, result.RejectReason is { Length: > 0 } r ? "Forbidden: " + r : "Forbidden").ConfigureAwait(false);
            return;
        }
        Admit(result);
        await SendAsync(result.AckPayload is null ? WsMessage.Create("connection_ack") : WsMessage.WithValue("connection_ack", null, result.AckPayload))
            .ConfigureAwait(false);
    }

    private async ValueTask SubscribeAsync(IncomingMessage message)
    {
        if (!Acknowledged)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }
        var payload = OperationPayload.Read(message.Payload);
        if (string.IsNullOrEmpty(message.Id) || payload is null)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: subscribe needs an id and a payload with a query").ConfigureAwait(false);
            return;
        }
        var id = message.Id;
        switch (TryRegister(id, out var operation))
        {
            case Registration.Duplicate:
                await CloseAsync(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
                return;
            case Registration.TooMany:
                await SendAsync(WsMessage.WithErrors("error", id, [TooManyError()])).ConfigureAwait(false);
                return;
        }
        var prepared = Executor.Prepare(payload.Query, payload.OperationName);
        if (prepared.Operation is not { } op)
        {
            Release(operation);
            await SendAsync(WsMessage.WithErrors("error", id, prepared.Errors)).ConfigureAwait(false);
            return;
        }
        Start(operation, op, payload);
    }

    private GraphQLError TooManyError() => new(
        $"Too many operations on this connection (at most {Options.MaxSubscriptionsPerConnection}); complete one first.",
        extensions: new Dictionary<string, object?> { ["code"] = "TOO_MANY_OPERATIONS" });

    protected override ValueTask SendResultAsync(Operation operation, ExecutionResult result) =>
        SendAsync(WsMessage.WithResult("next", operation.Id, result));

    protected override ValueTask SendCompleteAsync(Operation operation) => SendAsync(WsMessage.Create("complete", operation.Id));

    protected override ValueTask SendInternalErrorAsync(Operation operation) =>
        SendAsync(WsMessage.WithErrors("error", operation.Id, [AspNetCore.Http.GraphQLHttpHandler.InternalError]));
}
