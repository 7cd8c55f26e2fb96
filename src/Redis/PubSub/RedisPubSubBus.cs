using System.Runtime.CompilerServices;

namespace StudyGraph.Redis;

/// <summary>
/// The building block of a cross-instance event bus: publishes topics to Redis under
/// <see cref="RedisOptions.ChannelPrefix"/> and delivers what this instance receives to its local subscribers,
/// each message exactly once per local subscriber. One publishing and one subscribing connection per instance,
/// however many local subscribers there are.
/// </summary>
public sealed class RedisPubSubBus : IAsyncDisposable
{
    private readonly RedisCommandConnection _publisher;
    private readonly RedisSubscriber _subscriber;
    private readonly string _prefix;

    private RedisPubSubBus(RedisCommandConnection publisher, RedisSubscriber subscriber)
    {
        _publisher = publisher;
        _subscriber = subscriber;
        _prefix = publisher.Options.ChannelPrefix;
    }

    /// <summary>Connects both connections (see <see cref="RedisOptions.AbortOnConnectFail"/>).</summary>
    public static async Task<RedisPubSubBus> ConnectAsync(RedisOptions options, CancellationToken cancellationToken = default)
    {
        var publisher = await RedisCommandConnection.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            var subscriber = await RedisSubscriber.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            return new RedisPubSubBus(publisher, subscriber);
        }
        catch
        {
            await publisher.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Connected only when both the publishing and the subscribing connection are; otherwise the worse of the two.</summary>
    public RedisConnectionState State
    {
        get
        {
            var a = _publisher.State;
            var b = _subscriber.State;
            return a == RedisConnectionState.Connected ? b : a;
        }
    }

    /// <summary>True when cross-instance delivery works right now (for readiness checks).</summary>
    public bool IsHealthy => State == RedisConnectionState.Connected;

    /// <summary>Raised when either connection changes state.</summary>
    public event EventHandler<RedisConnectionStateChangedEventArgs>? StateChanged
    {
        add { _publisher.StateChanged += value; _subscriber.StateChanged += value; }
        remove { _publisher.StateChanged -= value; _subscriber.StateChanged -= value; }
    }

    /// <summary>The publishing connection, for diagnostics.</summary>
    public RedisCommandConnection Publisher => _publisher;

    /// <summary>The subscribing connection, for diagnostics.</summary>
    public RedisSubscriber Subscriber => _subscriber;

    /// <summary>The Redis channel for <paramref name="topic"/>: the prefix followed by the topic.</summary>
    public string ChannelFor(string topic) => _prefix + topic;

    /// <summary>
    /// Publishes to every instance (this one included, through its own subscription).
    /// Throws <see cref="RedisConnectionException"/> at once while disconnected: the caller decides what to do locally.
    /// </summary>
    public Task<long> PublishAsync(string topic, ReadOnlyMemory<byte> payload) => _publisher.PublishAsync(ChannelFor(topic), payload);

    /// <summary>Subscribes to <paramref name="topic"/> and hands each message to <paramref name="handler"/> in order.</summary>
    public async Task<RedisSubscription> SubscribeAsync(string topic, Func<RedisBusMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken = default) =>
        await _subscriber.SubscribeAsync(ChannelFor(topic), (m, ct) => handler(ToBus(m), ct), cancellationToken).ConfigureAwait(false);

    /// <summary>Subscribes to a glob <paramref name="topicPattern"/> (matched after the prefix) and hands each message to <paramref name="handler"/>.</summary>
    public async Task<RedisSubscription> SubscribePatternAsync(string topicPattern, Func<RedisBusMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken = default) =>
        await _subscriber.PSubscribeAsync(EscapeGlob(_prefix) + topicPattern, (m, ct) => handler(ToBus(m), ct), cancellationToken).ConfigureAwait(false);

    /// <summary>The messages of <paramref name="topic"/> as they arrive, until <paramref name="cancellationToken"/> fires (then it unsubscribes).</summary>
    public async IAsyncEnumerable<RedisBusMessage> SubscribeAsync(string topic, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var subscription = await _subscriber.SubscribeAsync(ChannelFor(topic), cancellationToken).ConfigureAwait(false);
        await using (subscription.ConfigureAwait(false))
        {
            await foreach (var message in subscription.ReadAllAsync(cancellationToken).ConfigureAwait(false)) yield return ToBus(message);
        }
    }

    /// <summary>The messages of every topic matching <paramref name="topicPattern"/>, until <paramref name="cancellationToken"/> fires.</summary>
    public async IAsyncEnumerable<RedisBusMessage> SubscribePatternAsync(string topicPattern, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var subscription = await _subscriber.PSubscribeAsync(EscapeGlob(_prefix) + topicPattern, cancellationToken).ConfigureAwait(false);
        await using (subscription.ConfigureAwait(false))
        {
            await foreach (var message in subscription.ReadAllAsync(cancellationToken).ConfigureAwait(false)) yield return ToBus(message);
        }
    }

    private RedisBusMessage ToBus(RedisMessage message)
    {
        var channel = message.Channel;
        var topic = channel.StartsWith(_prefix, StringComparison.Ordinal) ? channel[_prefix.Length..] : channel;
        return new RedisBusMessage(topic, message.Payload);
    }

    private static string EscapeGlob(string text)
    {
        if (text.AsSpan().IndexOfAny("*?[]\\") < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '*' or '?' or '[' or ']' or '\\') builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Closes both connections; local subscriptions complete.</summary>
    public async ValueTask DisposeAsync()
    {
        await _subscriber.DisposeAsync().ConfigureAwait(false);
        await _publisher.DisposeAsync().ConfigureAwait(false);
    }
}
