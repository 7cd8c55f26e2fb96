using System.Collections.Concurrent;
using System.Threading.Channels;

namespace StudyGraph.Redis;

/// <summary>
/// Pipelining over one physical connection: a writer loop drains queued commands and flushes once per batch;
/// a reader loop matches replies to commands in order. When anything fails, everything pending fails.
/// </summary>
internal sealed class CommandPipeline
{
    private const int FlushThreshold = 64 * 1024;
    private readonly RespConnection _connection;
    private readonly Channel<PendingCommand> _outgoing = Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<PendingCommand> _inFlight = new();
    private readonly RedisOptions _options;

    internal CommandPipeline(RespConnection connection, RedisOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>Queues a command; false when this pipeline has ended.</summary>
    internal bool TryEnqueue(PendingCommand command) => _outgoing.Writer.TryWrite(command);

    /// <summary>Runs until the connection fails or <paramref name="stop"/> fires; then fails every pending command.</summary>
    internal async Task RunAsync(CancellationToken stop)
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var writer = WriteLoopAsync(end.Token);
        var reader = ReadLoopAsync(end.Token);
        var keepAlive = KeepAliveLoopAsync(end.Token);
        var first = await Task.WhenAny(writer, reader, keepAlive).ConfigureAwait(false);
        _outgoing.Writer.TryComplete();
        await end.CancelAsync().ConfigureAwait(false);
        _connection.Abort();
        try { await Task.WhenAll(writer, reader, keepAlive).ConfigureAwait(false); } catch (Exception) { /* reported below */ }
        var error = first.Exception?.InnerException ?? _connection.Lost("the connection was closed");
        if (error is OperationCanceledException) error = _connection.Lost("the connection was closed");
        var failure = error as RedisConnectionException ?? _connection.Lost("the connection failed: " + error.Message, error);
        while (_inFlight.TryDequeue(out var command)) command.Fail(failure);
        while (_outgoing.Reader.TryRead(out var command)) command.Fail(failure);
        throw failure;
    }

    private async Task WriteLoopAsync(CancellationToken stop)
    {
        var reader = _outgoing.Reader;
        while (await reader.WaitToReadAsync(stop).ConfigureAwait(false))
        {
            while (reader.TryRead(out var command))
            {
                _inFlight.Enqueue(command);
                _connection.Write(command.Arguments);
                if (_connection.Output.UnflushedBytes >= FlushThreshold) await _connection.FlushAsync(stop).ConfigureAwait(false);
            }
            await _connection.FlushAsync(stop).ConfigureAwait(false);
        }
    }

    private async Task ReadLoopAsync(CancellationToken stop)
    {
        while (true)
        {
            var reply = await _connection.ReadAsync(stop).ConfigureAwait(false);
            if (reply.Type == RespType.Push) continue; // out-of-band RESP3 data (e.g. invalidations) is not ours to answer
            if (!_inFlight.TryDequeue(out var command)) throw new RedisProtocolException($"Redis {_connection.EndPoint}: a reply arrived with no command waiting for it: {reply}");
            command.Complete(reply);
        }
    }

    private async Task KeepAliveLoopAsync(CancellationToken stop)
    {
        var interval = _options.KeepAlive;
        if (interval <= TimeSpan.Zero) { await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false); return; }
        var watch = new KeepAliveWatch(_options);
        Task<RespValue>? last = null;
        while (true)
        {
            await Task.Delay(interval, _options.TimeProvider, stop).ConfigureAwait(false);
            if (last is { IsCompleted: false })
            {
                if (watch.Overdue()) throw _connection.Lost($"no reply to PING within {watch.Limit.TotalSeconds:0.###} s");
                continue;
            }
            var ping = new ReplyCommand(["PING"]);
            if (!TryEnqueue(ping)) return;
            watch.Sent();
            last = ping.Reply;
        }
    }
}
