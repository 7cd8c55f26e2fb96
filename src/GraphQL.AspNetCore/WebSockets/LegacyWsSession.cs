using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> sub-protocol of subscriptions-transport-ws (Apollo's older clients, Banana Cake Pop):
/// <c>connection_init</c> -> <c>connection_ack</c> + <c>ka</c>, <c>start</c> -> <c>data</c>* <c>complete</c> (or <c>error</c>),
/// <c>stop</c>, <c>connection_terminate</c>. Bad messages get an <c>error</c> message and the connection stays, as in the
/// reference server; a rejected <c>connection_init</c> gets <c>connection_error</c> and close 4403.
/// </summary>
internal sealed class LegacyWsSession : WebSocketSession
{
    private static readonly ReadOnlyMemory<byte> KeepAlive = WsMessage.Create("ka");

    public LegacyWsSession(WebSocket socket, HttpContext http, TransportDependencies dependencies)
        : base(socket, http, dependencies)
    {
    }

    protected override ReadOnlyMemory<byte> KeepAliveMessage => KeepAlive;

    protected override ValueTask OnBinaryMessageAsync() => SendAsync(WsMessage.WithMessage("error", null, "Binary messages are not supported."));

    protected override async ValueTask OnMessageAsync(ReadOnlyMemory<byte> text)
    {
        var message = IncomingMessage.Parse(text);
        if (!message.Valid)
        {
            await SendAsync(WsMessage.WithMessage("error", null, "Message must be a JSON object with a string 'type'.")).ConfigureAwait(false);
            return;
        }
        switch (message.Type)
        {
            case "connection_init":
                await InitAsync(message).ConfigureAwait(false);
                return;
            case "start":
                await StartAsync(message).ConfigureAwait(false);
                return;
            case "stop":
                if (message.Id is { } id) TryCancel(id);
                return;
            case "connection_terminate":
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                return;
            default:
                await SendAsync(WsMessage.WithMessage("error", message.Id, "Invalid message type!")).ConfigureAwait(false);
                return;
        }
    }

    private async ValueTask InitAsync(IncomingMessage message)
    {
        if (InitReceived)
        {
            await SendAsync(WsMessage.WithMessage("connection_error", null, "Too many initialisation requests.")).ConfigureAwait(false);
            return;
        }
        InitReceived = true;
        ConnectionInitResult result;
        try
        {
            var payload = message.Payload is { ValueKind: JsonValueKind.Object } ? message.Payload : null;
            result = await Contexts.OnConnectionInitAsync(Http, payload, ConnectionAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e)
        {
            Logger.LogError(e, "The GraphQL context provider failed on connection_init");
            result = ConnectionInitResult.Reject("Internal server error");
        }
        if (!result.Accepted)
        {
            await SendAsync(WsMessage.WithMessage("connection_error", null, result.RejectReason ?? "Forbidden")).ConfigureAwait(false);
            await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }
        Admit(result);
        await SendAsync(result.AckPayload is null ? WsMessage.Create("connection_ack") : WsMessage.WithValue("connection_ack", null, result.AckPayload))
            .ConfigureAwait(false);
        await SendAsync(KeepAlive).ConfigureAwait(false);
    }

    private async ValueTask StartAsync(IncomingMessage message)
    {
        var id = message.Id;
        if (string.IsNullOrEmpty(id))
        {
            await SendAsync(WsMessage.WithMessage("error", null, "A start message needs an id.")).ConfigureAwait(false);
            return;
        }
        if (!Acknowledged)
        {
            await SendAsync(WsMessage.WithMessage("error", id, "Send connection_init and wait for connection_ack first.")).ConfigureAwait(false);
            return;
        }
        var payload = OperationPayload.Read(message.Payload);
        if (payload is null)
        {
            await SendAsync(WsMessage.WithMessage("error", id, "The start payload must be an object with a string 'query'.")).ConfigureAwait(false);
            return;
        }
        TryCancel(id); // the reference server replaces an operation whose id is reused
        var registration = TryRegister(id, out var operation);
        if (registration != Registration.Registered)
        {
            await SendAsync(WsMessage.WithMessage("error", id,
                $"Too many operations on this connection (at most {Options.MaxSubscriptionsPerConnection}); stop one first.")).ConfigureAwait(false);
            return;
        }
        var prepared = Executor.Prepare(payload.Query, payload.OperationName);
        if (prepared.Operation is not { } op)
        {
            Release(operation);
            await SendAsync(WsMessage.WithResult("data", id, prepared.ToErrorResult())).ConfigureAwait(false);
            await SendAsync(WsMessage.Create("complete", id)).ConfigureAwait(false);
            return;
        }
        Start(operation, op, payload);
    }

    protected override ValueTask SendResultAsync(Operation operation, ExecutionResult result) =>
        SendAsync(WsMessage.WithResult("data", operation.Id, result));

    protected override ValueTask SendCompleteAsync(Operation operation) => SendAsync(WsMessage.Create("complete", operation.Id));

    protected override ValueTask SendInternalErrorAsync(Operation operation) =>
        SendAsync(WsMessage.WithMessage("error", operation.Id, "Internal server error."));
}
