namespace StudyGraph.Redis;

/// <summary>Settings of a <see cref="RedisEventBus"/>.</summary>
public sealed class RedisEventBusOptions
{
    /// <summary>Where Redis is, in either form <see cref="RedisOptions.Parse"/> reads (<c>Redis__ConnectionString</c>). Required.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Put before the bus channel name, so several deployments can share one Redis. Default <c>studygraph:</c>.</summary>
    public string ChannelPrefix { get; set; } = "studygraph:";

    /// <summary>
    /// False (default): start even when Redis is unreachable and connect in the background (events reach only this
    /// instance meanwhile). True: <see cref="RedisEventBus.ConnectAsync"/> throws when the first connect fails.
    /// Overrides <c>abortConnect</c> in the connection string.
    /// </summary>
    public bool AbortOnConnectFail { get; set; }

    /// <summary>
    /// How long an own event may wait for its echo from Redis before it is delivered to the local subscribers
    /// without it (the echo is then dropped as a duplicate). Default 2 s.
    /// </summary>
    public TimeSpan EchoTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long <see cref="RedisEventBus.PublishAsync"/> waits for Redis to accept an event before returning anyway
    /// (the event still goes out, or is delivered locally if it fails). Bounds the time a slow Redis adds to a mutation. Default 1 s.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Changes the parsed connection options before connecting (backoff, certificates, clock; mainly for tests).</summary>
    public Action<RedisOptions>? ConfigureRedis { get; set; }

    /// <summary>Clock for the echo timeout. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
