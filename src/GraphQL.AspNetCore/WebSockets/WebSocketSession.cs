using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One GraphQL WebSocket connection: the receive loop (messages bounded by <see cref="GraphQLServerOptions.MaxRequestBytes"/>),
/// serialized sends, the <c>connection_init</c> timeout, keep-alive and the running operations. When the connection
/// closes or aborts, every operation is cancelled. Protocols derive and handle the messages.
/// </summary>
internal abstract partial class WebSocketSession
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _connection;
    private readonly CancellationTokenSource _receive;
    private byte[] _buffer = new byte[4096];
    private readonly CancellationToken _stopping;
    private volatile bool _closeSent;
    private Task _expiry = Task.CompletedTask;

    protected WebSocketSession(WebSocket socket, HttpContext http, TransportDependencies dependencies)
    {
        _socket = socket;
        Http = http;
        Executor = dependencies.Executor;
        Contexts = dependencies.Contexts;
        Options = dependencies.Options;
        Time = dependencies.Time;
        Logger = dependencies.Logger;
        _stopping = dependencies.Stopping;
        _connection = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _receive = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    protected HttpContext Http { get; }

    protected GraphQLRequestExecutor Executor { get; }

    protected IGraphQLRequestContextProvider Contexts { get; }

    protected GraphQLServerOptions Options { get; }

    protected TimeProvider Time { get; }

    /// <summary>Where failures inside the server are reported.</summary>
    protected ILogger Logger { get; }

    /// <summary>Cancelled when the connection ends (closed, aborted or the server closed it).</summary>
    protected CancellationToken ConnectionAborted => _connection.Token;

    /// <summary>Whether <c>connection_init</c> has arrived (the init timeout stops mattering).</summary>
    protected bool InitReceived { get; set; }

    /// <summary>Whether the connection was acknowledged: operations may run and keep-alive messages flow.</summary>
    protected bool Acknowledged { get; set; }

    /// <summary>The user context the provider gave at <c>connection_init</c>.</summary>
    protected object? ConnectionUserContext { get; set; }

    /// <summary>Handles one text message.</summary>
    protected abstract ValueTask OnMessageAsync(ReadOnlyMemory<byte> text);

    /// <summary>Handles a binary message (both protocols only speak text).</summary>
    protected abstract ValueTask OnBinaryMessageAsync();

    /// <summary>The keep-alive message (sent every <see cref="GraphQLServerOptions.KeepAliveInterval"/> once acknowledged).</summary>
    protected abstract ReadOnlyMemory<byte> KeepAliveMessage { get; }

    public async Task RunAsync()
    {
        var watchdog = CloseIfNotInitializedAsync();
        var keepAlive = KeepAliveAsync();
        Task? goingAway = null;
        using var stopping = _stopping.Register(() => goingAway = CloseAsync((int)WebSocketCloseStatus.EndpointUnavailable, "Server is shutting down").AsTask());
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client vanished or did not answer our close in time: nothing more to say to it.
        }
        finally
        {
            await _connection.CancelAsync().ConfigureAwait(false);
            await WhenOperationsEndAsync().ConfigureAwait(false);
            await watchdog.ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
            await _expiry.ConfigureAwait(false);
            await stopping.DisposeAsync().ConfigureAwait(false);
            if (goingAway is not null) await goingAway.ConfigureAwait(false);
            _connection.Dispose();
            _receive.Dispose();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (true)
        {
            var count = 0;
            var result = default(ValueWebSocketReceiveResult);
            do
            {
                if (count == _buffer.Length)
                {
                    if (count > Options.MaxRequestBytes)
                    {
                        await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                        await DiscardRestAsync().ConfigureAwait(false);
                        count = -1;
                        break;
                    }
                    Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, Options.MaxRequestBytes + 1));
                }
                result = await _socket.ReceiveAsync(_buffer.AsMemory(count), _receive.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (!_closeSent) await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                    return;
                }
                count += result.Count;
            }
            while (!result.EndOfMessage);
            if (count < 0 || _closeSent) continue; // after our close: wait for the client's close frame, ignore the rest
            if (count > Options.MaxRequestBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                continue;
            }
            if (result.MessageType == WebSocketMessageType.Binary) await OnBinaryMessageAsync().ConfigureAwait(false);
            else await OnMessageAsync(_buffer.AsMemory(0, count)).ConfigureAwait(false);
        }
    }

    private async Task DiscardRestAsync()
    {
        var scratch = new byte[4096];
        while (true)
        {
            var r = await _socket.ReceiveAsync(scratch.AsMemory(), _receive.Token).ConfigureAwait(false);
            if (r.EndOfMessage || r.MessageType == WebSocketMessageType.Close) return;
        }
    }

    /// <summary>Sends one text message; does nothing once the server has closed the connection.</summary>
    protected async ValueTask SendAsync(ReadOnlyMemory<byte> message)
    {
        try
        {
            await _sendLock.WaitAsync(_connection.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            if (_closeSent || _socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
            await _socket.SendAsync(message, WebSocketMessageType.Text, true, _connection.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The connection is going away; the receive loop notices and cleans up.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the connection with <paramref name="code"/>; a client that does not answer within a grace period is cut off.</summary>
    protected async ValueTask CloseAsync(int code, string reason)
    {
        if (!await _sendLock.WaitAsync(CloseGrace).ConfigureAwait(false))
        {
            // A send is stuck on a client that stopped reading: cut the connection instead of waiting for it.
            _closeSent = true;
            await _connection.CancelAsync().ConfigureAwait(false);
            _socket.Abort();
            return;
        }
        try
        {
            if (_closeSent) return;
            _closeSent = true;
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseGrace);
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
        _connection.Cancel();
        try
        {
            _receive.CancelAfter(CloseGrace);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static string Truncate(string reason)
    {
        // A close reason is at most 123 UTF-8 bytes.
        if (Encoding.UTF8.GetByteCount(reason) <= 123) return reason;
        var end = Math.Min(reason.Length, 120);
        while (end > 0 && Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > 120) end--;
        return reason[..end];
    }

    /// <summary>Admits the connection: keeps <paramref name="result"/>'s user context, and closes the connection with 4403 when its credentials lapse.</summary>
    protected void Admit(ConnectionInitResult result)
    {
        ConnectionUserContext = result.UserContext;
        Acknowledged = true;
        if (result.ExpiresAt is { } at) _expiry = CloseWhenExpiredAsync(at, "Forbidden: " + result.ExpiredReason);
    }

    private async Task CloseWhenExpiredAsync(DateTimeOffset at, string reason)
    {
        try
        {
            // Timers may fire a little early against the wall clock: wait again until the moment has really passed.
            for (var wait = at - Time.GetUtcNow(); wait >= TimeSpan.Zero; wait = at - Time.GetUtcNow())
            {
                await Task.Delay(wait + TimeSpan.FromMilliseconds(1), Time, _connection.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, reason).ConfigureAwait(false);
    }

    private async Task CloseIfNotInitializedAsync()
    {
        try
        {
            await Task.Delay(Options.ConnectionInitTimeout, Time, _connection.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!InitReceived) await CloseAsync(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
    }

    private async Task KeepAliveAsync()
    {
        if (Options.KeepAliveInterval <= TimeSpan.Zero) return;
        try
        {
            using var timer = new PeriodicTimer(Options.KeepAliveInterval, Time);
            while (await timer.WaitForNextTickAsync(_connection.Token).ConfigureAwait(false))
            {
                if (Acknowledged) await SendAsync(KeepAliveMessage).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
