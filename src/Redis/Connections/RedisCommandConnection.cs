namespace StudyGraph.Redis;

/// <summary>
/// A resilient, pipelined command connection: any number of commands in flight, replies matched in order.
/// While disconnected, commands fail at once with <see cref="RedisConnectionException"/> and the connection
/// reconnects in the background.
/// </summary>
public sealed class RedisCommandConnection : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly ConnectionSupervisor _supervisor;
    private volatile CommandPipeline? _pipeline;

    private RedisCommandConnection(RedisOptions options)
    {
        _options = options;
        _supervisor = new ConnectionSupervisor(options, RunSessionAsync, this, (sender, e) => StateChanged?.Invoke(sender, e));
    }

    /// <summary>Raised on every state change (from a background thread).</summary>
    public event EventHandler<RedisConnectionStateChangedEventArgs>? StateChanged;

    /// <summary>The current state.</summary>
    public RedisConnectionState State => _supervisor.State;

    /// <summary>Why the connection last failed, if it did.</summary>
    public Exception? LastError => _supervisor.LastError;

    /// <summary>The options in use.</summary>
    public RedisOptions Options => _options;

    /// <summary>Connects (see <see cref="RedisOptions.AbortOnConnectFail"/>) and keeps the connection alive until disposed.</summary>
    public static async Task<RedisCommandConnection> ConnectAsync(RedisOptions options, CancellationToken cancellationToken = default)
    {
        var connection = new RedisCommandConnection(options.Clone());
        try
        {
            await connection._supervisor.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return connection;
    }

    /// <summary>Sends a command and returns its reply; an error reply throws <see cref="RedisServerException"/>.</summary>
    public async Task<RespValue> ExecuteAsync(params RedisArgument[] command)
    {
        var reply = await SendAsync(command).ConfigureAwait(false);
        if (reply.IsError) throw new RedisServerException(reply.AsString() ?? "");
        return reply;
    }

    /// <summary>
    /// Publishes <paramref name="payload"/> to <paramref name="channel"/>; returns how many clients received it.
    /// The payload is not copied: keep it unchanged until the returned task completes.
    /// Fails at once with <see cref="RedisConnectionException"/> while disconnected.
    /// </summary>
    public Task<long> PublishAsync(string channel, ReadOnlyMemory<byte> payload)
    {
        var pending = new IntegerCommand(["PUBLISH", channel, payload]);
        return Enqueue(pending) ? pending.Reply : Task.FromException<long>(NotConnected());
    }

    /// <summary>Queues a command without waiting; the task completes with the reply (error replies included, not thrown).</summary>
    public Task<RespValue> SendAsync(params RedisArgument[] command)
    {
        if (command.Length == 0) throw new ArgumentException("a command needs at least its name", nameof(command));
        if (IsSubscriberOnly(command[0].ToString()))
            throw new ArgumentException($"{command[0]} changes the connection's mode and would break pipelining: use RedisSubscriber", nameof(command));
        var pending = new ReplyCommand(command);
        return Enqueue(pending) ? pending.Reply : Task.FromException<RespValue>(NotConnected());
    }

    private static bool IsSubscriberOnly(string name) =>
        name.Equals("SUBSCRIBE", StringComparison.OrdinalIgnoreCase) || name.Equals("PSUBSCRIBE", StringComparison.OrdinalIgnoreCase)
        || name.Equals("SSUBSCRIBE", StringComparison.OrdinalIgnoreCase) || name.Equals("MONITOR", StringComparison.OrdinalIgnoreCase);

    private bool Enqueue(PendingCommand command) => _pipeline is { } pipeline && pipeline.TryEnqueue(command);

    private RedisConnectionException NotConnected() =>
        new(_options.EndPoint, $"Redis {_options.EndPoint}: not connected (state {State}){(LastError is null ? "" : ": " + LastError.Message)}", LastError);

    private async Task RunSessionAsync(RespConnection connection, Action ready, CancellationToken stop)
    {
        var pipeline = new CommandPipeline(connection, _options);
        _pipeline = pipeline;
        ready();
        try
        {
            await pipeline.RunAsync(stop).ConfigureAwait(false);
        }
        finally
        {
            _pipeline = null;
        }
    }

    /// <summary>Closes the connection and stops reconnecting; pending commands fail.</summary>
    public ValueTask DisposeAsync() => _supervisor.DisposeAsync();
}
