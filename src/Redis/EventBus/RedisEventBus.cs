using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

/// <summary>
/// The event bus across API instances. Every event is published once to one Redis channel
/// (<see cref="RedisEventBusOptions.ChannelPrefix"/> + <c>events</c>) in a <see cref="RedisEventEnvelope"/> that names
/// its topics; every instance receives every event and delivers it to its local subscribers (an
/// <see cref="InMemoryEventBus"/>) on those topics, exactly once. Own events come back as echoes and are delivered
/// from there, so they keep their place among other instances' events. When Redis is down, publishing still
/// succeeds: the event reaches this instance's subscribers at once (and no other instance), and cross-instance
/// delivery resumes by itself when Redis returns.
/// </summary>
public sealed partial class RedisEventBus : IEventBus, IAsyncDisposable
{
    /// <summary>The channel name after the prefix.</summary>
    public const string ChannelName = "events";

    private readonly RedisPubSubBus _redis;
    private readonly InMemoryEventBus _local;
    private readonly RedisEventBusOptions _options;
    private readonly OwnEventLedger _ledger;
    private readonly byte[] _instanceUtf8;
    private readonly Lock _publishGate = new();
    private readonly Dictionary<string, long> _remoteSequences = new(StringComparer.Ordinal); // touched by the receive loop only
    private RedisSubscription? _channelSubscription;
    private ITimer? _echoTimer;
    private long _sequence;
    private long _resumptions;
    private long _failuresNoticed;
    private int _disposed;

    private RedisEventBus(RedisPubSubBus redis, InMemoryEventBus local, RedisEventBusOptions options)
    {
        _redis = redis;
        _local = local;
        _options = options;
        _ledger = new OwnEventLedger(DeliverLocally);
        InstanceId = Guid.NewGuid().ToString("N");
        _instanceUtf8 = System.Text.Encoding.UTF8.GetBytes(InstanceId);
        Channel = redis.ChannelFor(ChannelName);
    }

    /// <summary>
    /// Connects to Redis and subscribes to the bus channel; events received are delivered to <paramref name="local"/>.
    /// Unless <see cref="RedisEventBusOptions.AbortOnConnectFail"/>, returns even when Redis is down (connecting in the background).
    /// Throws <see cref="ArgumentException"/> for a bad connection string (the message names the part) or setting.
    /// </summary>
    public static async Task<RedisEventBus> ConnectAsync(RedisEventBusOptions options, InMemoryEventBus local, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(options.ChannelPrefix);
        if (options.EchoTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), options.EchoTimeout, "EchoTimeout must be positive");
        if (options.PublishTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), options.PublishTimeout, "PublishTimeout must be positive");
        var redisOptions = RedisOptions.Parse(options.ConnectionString);
        redisOptions.ChannelPrefix = options.ChannelPrefix;
        redisOptions.AbortOnConnectFail = options.AbortOnConnectFail;
        options.ConfigureRedis?.Invoke(redisOptions);
        var redis = await RedisPubSubBus.ConnectAsync(redisOptions, cancellationToken).ConfigureAwait(false);
        var bus = new RedisEventBus(redis, local, options);
        try
        {
            await bus.StartAsync(redisOptions.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await bus.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return bus;
    }

    /// <summary>This instance's id in the envelopes it publishes.</summary>
    public string InstanceId { get; }

    /// <summary>The Redis channel carrying the events (prefix + <see cref="ChannelName"/>).</summary>
    public string Channel { get; }

    /// <summary>The local bus that receives what this instance delivers.</summary>
    public InMemoryEventBus Local => _local;

    /// <summary>The Redis connections, for diagnostics.</summary>
    public RedisPubSubBus Redis => _redis;

    /// <summary>
    /// Raised (from a background thread) when something goes wrong that does not fail a caller: the first failed
    /// publish of an outage, a message that cannot be read. The text says what happened; log it.
    /// </summary>
    public event Action<string, Exception>? Problem;

    /// <inheritdoc />
    public ValueTask<IEventSubscription> SubscribeAsync(string topic, CancellationToken ct = default) =>
        // The bus channel is subscribed from the start (re-subscribed by the connection after any reconnect),
        // so a local subscription is live at once.
        _local.SubscribeAsync(topic, ct);

    private async Task StartAsync(TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        // Without AbortOnConnectFail the connections start in the background: give the first attempt its time, so a
        // bus whose Redis is up is connected, and its channel subscription confirmed, when ConnectAsync returns.
        await WaitForFirstAttemptAsync(connectTimeout, cancellationToken).ConfigureAwait(false);
        _redis.StateChanged += OnStateChanged;
        _redis.Subscriber.HandlerFailed += OnHandlerFailed;
        _channelSubscription = await _redis.SubscribeAsync(ChannelName, OnMessageAsync, cancellationToken).ConfigureAwait(false);
        var period = _options.EchoTimeout / 2 > TimeSpan.FromMilliseconds(10) ? _options.EchoTimeout / 2 : TimeSpan.FromMilliseconds(10);
        _echoTimer = _options.TimeProvider.CreateTimer(static state => ((RedisEventBus)state!).DeliverOverdue(), this, period, period);
    }

    private async Task WaitForFirstAttemptAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool Settled() => _redis.Publisher.State != RedisConnectionState.Connecting && _redis.Subscriber.State != RedisConnectionState.Connecting;
        void Check(object? sender, RedisConnectionStateChangedEventArgs e)
        {
            if (Settled()) settled.TrySetResult();
        }
        _redis.StateChanged += Check;
        try
        {
            if (Settled()) return;
            await settled.Task.WaitAsync(limit, _options.TimeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            _redis.StateChanged -= Check;
        }
    }

    private void DeliverLocally(IReadOnlyList<string> topics, IDomainEvent domainEvent)
    {
        for (var i = 0; i < topics.Count; i++) _local.Deliver(topics[i], domainEvent);
    }

    private void OnStateChanged(object? sender, RedisConnectionStateChangedEventArgs e)
    {
        if (ReferenceEquals(sender, _redis.Publisher))
        {
            // The publisher is back: if events failed to go out meanwhile, the other instances missed them; say so.
            if (e.Current == RedisConnectionState.Connected && e.Previous == RedisConnectionState.Reconnecting)
            {
                var failures = PublishFailures;
                if (failures > Interlocked.Exchange(ref _failuresNoticed, failures)) _ = PublishResumeNoticeAsync();
            }
            return;
        }
        if (!ReferenceEquals(sender, _redis.Subscriber)) return;
        // The subscribing connection dropped: echoes of what is waiting can no longer arrive.
        if (e.Current != RedisConnectionState.Connected) _ledger.DeliverAll();
        else if (e.Previous == RedisConnectionState.Reconnecting)
        {
            // Back, and subscribed again: what other instances published meanwhile is lost to this one. Tell every local
            // subscriber, so those that show state reload it from the store.
            Interlocked.Increment(ref _resumptions);
            _local.DeliverToAll(new DeliveryResumed(_options.TimeProvider.GetUtcNow()));
        }
    }

    /// <summary>
    /// How often local subscribers were told that delivery resumed (<see cref="DeliveryResumed"/>): this instance's subscribing
    /// connection came back, or another instance announced that its publisher came back after failed publishes.
    /// </summary>
    public long Resumptions => Interlocked.Read(ref _resumptions);

    private void OnHandlerFailed(RedisMessage message, Exception error) =>
        RaiseProblem($"Redis event bus: delivering a message of {message.Channel} failed: {error.Message}", error);

    private void DeliverOverdue()
    {
        var provider = _options.TimeProvider;
        var cutoff = provider.GetTimestamp() - (long)(_options.EchoTimeout.TotalSeconds * provider.TimestampFrequency);
        _ledger.DeliverAddedBy(cutoff);
    }

    private void RaiseProblem(string text, Exception error)
    {
        try
        {
            Problem?.Invoke(text, error);
        }
        catch (Exception)
        {
            // A failing log handler must not break delivery.
        }
    }

    /// <summary>Unsubscribes and closes the connections; own events still waiting for their echo are delivered locally first.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _redis.StateChanged -= OnStateChanged;
        _redis.Subscriber.HandlerFailed -= OnHandlerFailed;
        if (_echoTimer is not null) await _echoTimer.DisposeAsync().ConfigureAwait(false);
        if (_channelSubscription is not null) await _channelSubscription.DisposeAsync().ConfigureAwait(false);
        await _redis.DisposeAsync().ConfigureAwait(false);
        _ledger.DeliverAll();
    }
}
