using System.Threading.Channels;

namespace StudyGraph.Redis;

/// <summary>
/// One local subscription to a channel or pattern. Messages queue here in arrival order until read through
/// <see cref="Reader"/> or <see cref="ReadAllAsync"/> (or handed to the callback given at subscribe time).
/// Dispose to unsubscribe; the reader then completes.
/// </summary>
public sealed class RedisSubscription : IAsyncDisposable
{
    private readonly Channel<RedisMessage> _queue;
    private readonly Func<RedisSubscription, ValueTask> _unsubscribe;
    private int _disposed;
    private long _dropped;

    internal RedisSubscription(string name, bool isPattern, int capacity, Func<RedisSubscription, ValueTask> unsubscribe)
    {
        Name = name;
        IsPattern = isPattern;
        _unsubscribe = unsubscribe;
        _queue = capacity <= 0
            ? Channel.CreateUnbounded<RedisMessage>(new UnboundedChannelOptions { SingleReader = true })
            : Channel.CreateBounded<RedisMessage>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest }, _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>Messages dropped because the queue was full (<see cref="RedisOptions.SubscriptionQueueCapacity"/>); oldest first.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The channel or pattern.</summary>
    public string Name { get; }

    /// <summary>True for a pattern (<c>PSUBSCRIBE</c>) subscription.</summary>
    public bool IsPattern { get; }

    /// <summary>The queued messages, in order.</summary>
    public ChannelReader<RedisMessage> Reader => _queue.Reader;

    /// <summary>Messages as they arrive, until the subscription is disposed or <paramref name="cancellationToken"/> fires.</summary>
    public IAsyncEnumerable<RedisMessage> ReadAllAsync(CancellationToken cancellationToken = default) => _queue.Reader.ReadAllAsync(cancellationToken);

    internal void Deliver(RedisMessage message) => _queue.Writer.TryWrite(message);

    internal void Complete() => _queue.Writer.TryComplete();

    /// <summary>Unsubscribes; messages already queued can still be read.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _unsubscribe(this).ConfigureAwait(false);
        // The callback loop (if any) ends once the queue drains; not awaited, so a handler may dispose its own subscription.
        Complete();
    }
}
