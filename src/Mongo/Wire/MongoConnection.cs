using System.Net.Sockets;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Wire;

/// <summary>
/// One connection to one server: a stream (TCP, or TLS over TCP), the handshake reply, and one command at a
/// time. Any I/O failure marks the connection broken and surfaces as <see cref="MongoConnectionException"/>.
/// </summary>
public sealed partial class MongoConnection : IAsyncDisposable
{
    private static int _nextRequestId;
    private readonly Stream _stream;
    private readonly TcpClient? _tcp;
    private readonly ConnectionSettings _settings;

    private MongoConnection(MongoServerAddress address, Stream stream, TcpClient? tcp, ConnectionSettings settings, int generation, TimeProvider time)
    {
        Address = address;
        _stream = stream;
        _tcp = tcp;
        _settings = settings;
        Generation = generation;
        Time = time;
        LastUsed = time.GetTimestamp();
    }

    /// <summary>The server this connection talks to.</summary>
    public MongoServerAddress Address { get; }

    /// <summary>The pool generation the connection was created in (stale after a pool clear).</summary>
    public int Generation { get; }

    /// <summary>The handshake reply.</summary>
    public HelloReply Hello { get; private set; } = null!;

    /// <summary>True after an I/O error: the connection must not be reused.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>When the connection was last returned or used (TimeProvider timestamp).</summary>
    public long LastUsed { get; internal set; }

    internal TimeProvider Time { get; }

    /// <summary>Opens a connection, performs the handshake and authenticates when credentials are set.</summary>
    /// <exception cref="MongoConnectionException">The server could not be reached or the handshake failed on the network.</exception>
    /// <exception cref="MongoAuthenticationException">Authentication failed.</exception>
    public static async Task<MongoConnection> OpenAsync(MongoServerAddress address, ConnectionSettings settings, int generation, TimeProvider time, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (settings.ConnectTimeout != Timeout.InfiniteTimeSpan) timeout.CancelAfter(settings.ConnectTimeout);
        var tcp = new TcpClient { NoDelay = true };
        Stream? stream = null;
        try
        {
            await tcp.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            stream = tcp.GetStream();
            if (settings.Tls) stream = await TlsStreamFactory.AuthenticateAsync(stream, address, settings, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
        {
            tcp.Dispose();
            if (ct.IsCancellationRequested) throw;
            var what = ex is OperationCanceledException ? $"connect timed out after {settings.ConnectTimeout.TotalMilliseconds:0} ms" : "connect failed: " + ex.Message;
            throw new MongoConnectionException(address.ToString(), what, ex);
        }
        var connection = new MongoConnection(address, stream, tcp, settings, generation, time);
        try
        {
            await connection.HandshakeAsync(timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends a command and returns the reply body; throws <see cref="MongoCommandException"/> when ok is 0.</summary>
    public async Task<BsonDocument> RunCommandAsync(OpMsg command, CancellationToken ct)
    {
        var reply = await SendAsync(command, ct).ConfigureAwait(false);
        if (!reply.TryGetValue("ok", out var ok) || !ok.IsTruthy())
            throw MongoCommandException.FromReply(command.Body.Count > 0 ? command.Body[0].Name : "?", reply);
        return reply;
    }

    /// <summary>Sends a command and returns the raw reply body, whatever its ok value.</summary>
    /// <exception cref="MongoConnectionException">A network error; the connection is now broken.</exception>
    public async Task<BsonDocument> SendAsync(OpMsg command, CancellationToken ct)
    {
        if (IsBroken) throw new MongoConnectionException(Address.ToString(), "the connection is broken");
        var requestId = Interlocked.Increment(ref _nextRequestId);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (_settings.SocketTimeout > TimeSpan.Zero) timeout.CancelAfter(_settings.SocketTimeout);
        try
        {
            using (var w = new PooledBufferWriter(512))
            {
                OpMsgCodec.Write(w, command, requestId);
                await _stream.WriteAsync(w.WrittenMemory, timeout.Token).ConfigureAwait(false);
            }
            while (true)
            {
                var message = await WireStream.ReadMessageAsync(_stream, timeout.Token).ConfigureAwait(false)
                    ?? throw new EndOfStreamException("The server closed the connection.");
                if (message.Header.OpCode != MongoOpCode.Msg) throw new WireFormatException($"Unexpected reply opcode {message.Header.OpCode}.");
                if (message.Header.ResponseTo != requestId) continue;
                LastUsed = Time.GetTimestamp();
                return OpMsgCodec.Parse(message.Payload).Body;
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or WireFormatException or OperationCanceledException)
        {
            IsBroken = true;
            if (ct.IsCancellationRequested) throw;
            var what = ex is OperationCanceledException ? $"no reply within socketTimeoutMS ({_settings.SocketTimeout.TotalMilliseconds:0} ms)" : ex.Message;
            throw new MongoConnectionException(Address.ToString(), what, ex);
        }
    }

    /// <summary>Closes the stream.</summary>
    public async ValueTask DisposeAsync()
    {
        IsBroken = true;
        try
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
        }
        _tcp?.Dispose();
    }
}
