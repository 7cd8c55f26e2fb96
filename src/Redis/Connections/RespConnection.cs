using System.IO.Pipelines;
using System.Net.Sockets;

namespace StudyGraph.Redis;

/// <summary>One physical connection: socket, optional TLS, pooled pipe buffers, and the connect handshake.</summary>
internal sealed partial class RespConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private int _disposed;

    private RespConnection(Socket socket, Stream stream, string endPoint)
    {
        _socket = socket;
        _stream = stream;
        EndPoint = endPoint;
        Output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024, leaveOpen: true));
        Input = new RespStreamReader(PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 16 * 1024, minimumReadSize: 4 * 1024, leaveOpen: true)));
    }

    /// <summary>The server as <c>host:port</c>.</summary>
    internal string EndPoint { get; }

    /// <summary>Commands are written here; one writer at a time (the owner serialises).</summary>
    internal PipeWriter Output { get; }

    /// <summary>Replies and pushes are read here; one reader at a time.</summary>
    internal RespStreamReader Input { get; }

    internal void Write(ReadOnlySpan<RedisArgument> command) => RespWriter.WriteCommand(Output, command);

    internal async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        var result = await Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted) throw Lost("the connection is closed");
    }

    /// <summary>Reads the next frame; a clean close by the server becomes a <see cref="RedisConnectionException"/>.</summary>
    internal async ValueTask<RespValue> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Input.ReadAsync(cancellationToken).ConfigureAwait(false) ?? throw Lost("the server closed the connection");
        }
        catch (IOException ex)
        {
            throw Lost("the connection broke: " + ex.Message, ex);
        }
        catch (ObjectDisposedException ex)
        {
            throw Lost("the connection was closed", ex);
        }
    }

    internal RedisConnectionException Lost(string what, Exception? inner = null) => new(EndPoint, $"Redis {EndPoint}: {what}", inner);

    /// <summary>Closes the socket, which ends any pending read or write.</summary>
    internal void Abort()
    {
        try { _socket.Shutdown(SocketShutdown.Both); } catch (SocketException) { } catch (ObjectDisposedException) { }
        _socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        Abort();
        try { await _stream.DisposeAsync().ConfigureAwait(false); } catch (IOException) { } catch (ObjectDisposedException) { }
    }
}
