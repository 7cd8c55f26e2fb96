using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A raw ClientWebSocket speaking JSON text messages, for protocol-level tests.</summary>
public sealed class RawSocket : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket;

    private RawSocket(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<RawSocket> ConnectAsync(TestHost host, string protocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(protocol);
        using var cts = new CancellationTokenSource(Wait);
        await socket.ConnectAsync(host.WebSocket, cts.Token);
        Assert.Equal(protocol, socket.SubProtocol);
        return new RawSocket(socket);
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] data, WebSocketMessageType type)
    {
        using var cts = new CancellationTokenSource(Wait);
        await _socket.SendAsync(data, type, true, cts.Token);
    }

    /// <summary>Sends <c>connection_init</c> (with an optional payload) and expects <c>connection_ack</c>.</summary>
    public async Task<JsonElement> InitAsync(string payload = "{}")
    {
        await SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return ack;
    }

    /// <summary>The next message (skipping keep-alive <c>ping</c>/<c>ka</c> unless asked for them); fails when the socket closes.</summary>
    public async Task<JsonElement> ReceiveAsync(bool keepAlives = false)
    {
        while (true)
        {
            var message = await ReceiveOrCloseAsync() ?? throw new Xunit.Sdk.XunitException($"socket closed: {CloseStatus} {CloseReason}");
            var type = message.GetProperty("type").GetString();
            if (!keepAlives && type is "ka" or "ping") continue;
            return message;
        }
    }

    /// <summary>Reads messages until the server closes, and returns the close code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveOrCloseAsync() is not null)
        {
        }
        return (int)_socket.CloseStatus!.Value;
    }

    private async Task<JsonElement?> ReceiveOrCloseAsync()
    {
        using var cts = new CancellationTokenSource(Wait);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var r = await _socket.ReceiveAsync(buffer, cts.Token);
            if (r.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived) await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
                return null;
            }
            text.Write(buffer, 0, r.Count);
            if (r.EndOfMessage) return JsonDocument.Parse(text.ToArray()).RootElement.Clone();
        }
    }

    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
