namespace StudyGraph.Redis;

/// <summary>
/// A resilient subscriber on its own connection: <c>SUBSCRIBE</c>/<c>PSUBSCRIBE</c> with local fan-out.
/// Each local subscription receives each message once, in the order the server sent it. When the connection
/// drops it reconnects with backoff and subscribes again to every channel and pattern by itself
/// (messages published while disconnected are lost, as Redis pub/sub is at-most-once).
/// </summary>
public sealed partial class RedisSubscriber : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly ConnectionSupervisor _supervisor;
    private readonly CancellationTokenSource _disposed = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RedisSubscription[]> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RedisSubscription[]> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> _acks = new(StringComparer.Ordinal);
    private readonly Queue<string?> _replySlots = new(); // what each expected reply answers, in write order (ack key or null)
    private RespConnection? _connection; // changed only under _writeLock

    private RedisSubscriber(RedisOptions options)
    {
        _options = options;
        _supervisor = new ConnectionSupervisor(options, RunSessionAsync, this, (sender, e) => StateChanged?.Invoke(sender, e));
    }

    /// <summary>Raised on every state change (from a background thread).</summary>
    public event EventHandler<RedisConnectionStateChangedEventArgs>? StateChanged;

    /// <summary>Raised when a subscription callback throws; delivery continues with the next message.</summary>
    public event Action<RedisMessage, Exception>? HandlerFailed;

    /// <summary>The current state.</summary>
    public RedisConnectionState State => _supervisor.State;

    /// <summary>Why the connection last failed, if it did.</summary>
    public Exception? LastError => _supervisor.LastError;

    /// <summary>The options in use.</summary>
    public RedisOptions Options => _options;

    /// <summary>Connects (see <see cref="RedisOptions.AbortOnConnectFail"/>) and keeps the connection alive until disposed.</summary>
    public static async Task<RedisSubscriber> ConnectAsync(RedisOptions options, CancellationToken cancellationToken = default)
    {
        var subscriber = new RedisSubscriber(options.Clone());
        try
        {
            await subscriber._supervisor.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await subscriber.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return subscriber;
    }

    /// <summary>
    /// Subscribes to <paramref name="channel"/>; read the messages from the returned subscription.
    /// Completes once the server confirmed, or at once while disconnected (the subscription is made on reconnect).
    /// </summary>
    public Task<RedisSubscription> SubscribeAsync(string channel, CancellationToken cancellationToken = default) =>
        AddAsync(channel, isPattern: false, cancellationToken);

    /// <summary>Subscribes to <paramref name="channel"/> and hands each message to <paramref name="handler"/>, one at a time, in order.</summary>
    public async Task<RedisSubscription> SubscribeAsync(string channel, Func<RedisMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken = default) =>
        StartPump(await AddAsync(channel, isPattern: false, cancellationToken).ConfigureAwait(false), handler);

    /// <summary>Subscribes to a glob-style <paramref name="pattern"/> (<c>PSUBSCRIBE</c>), like <see cref="SubscribeAsync(string, CancellationToken)"/>.</summary>
    public Task<RedisSubscription> PSubscribeAsync(string pattern, CancellationToken cancellationToken = default) =>
        AddAsync(pattern, isPattern: true, cancellationToken);

    /// <summary>Subscribes to a glob-style <paramref name="pattern"/> and hands each message to <paramref name="handler"/>, in order.</summary>
    public async Task<RedisSubscription> PSubscribeAsync(string pattern, Func<RedisMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken = default) =>
        StartPump(await AddAsync(pattern, isPattern: true, cancellationToken).ConfigureAwait(false), handler);

    /// <summary>The channels with at least one local subscription.</summary>
    public IReadOnlyList<string> Channels { get { lock (_gate) return [.. _channels.Keys]; } }

    /// <summary>The patterns with at least one local subscription.</summary>
    public IReadOnlyList<string> Patterns { get { lock (_gate) return [.. _patterns.Keys]; } }

    private RedisSubscription StartPump(RedisSubscription subscription, Func<RedisMessage, CancellationToken, ValueTask> handler)
    {
        var stop = _disposed.Token;
        _ = Task.Run(async () =>
        {
            await foreach (var message in subscription.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                try
                {
                    await handler(message, stop).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    HandlerFailed?.Invoke(message, ex);
                }
            }
        }, CancellationToken.None);
        return subscription;
    }

    /// <summary>Closes the connection, stops reconnecting, and completes every subscription.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested) return;
        await _disposed.CancelAsync().ConfigureAwait(false);
        await _supervisor.DisposeAsync().ConfigureAwait(false);
        List<RedisSubscription> all = [];
        lock (_gate)
        {
            foreach (var subs in _channels.Values) all.AddRange(subs);
            foreach (var subs in _patterns.Values) all.AddRange(subs);
            _channels.Clear();
            _patterns.Clear();
        }
        foreach (var subscription in all) subscription.Complete();
    }
}
