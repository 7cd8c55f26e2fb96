using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace StudyGraph.Redis;

/// <summary>
/// How to reach and use one Redis server. Build it with <see cref="Parse"/> from a connection string
/// (<c>host:port,password=...,ssl=true</c> or <c>redis://user:pass@host:port/db</c>) or set the properties.
/// </summary>
public sealed partial class RedisOptions
{
    /// <summary>The default Redis port.</summary>
    public const int DefaultPort = 6379;

    /// <summary>Server host name or IP address. Default <c>localhost</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>Server port. Default 6379.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>ACL user name for <c>AUTH user password</c>; null for password-only <c>AUTH password</c>.</summary>
    public string? User { get; set; }

    /// <summary>Password; null to skip <c>AUTH</c>.</summary>
    public string? Password { get; set; }

    /// <summary>Connect with TLS.</summary>
    public bool Ssl { get; set; }

    /// <summary>The host name the server certificate must carry; default <see cref="Host"/>.</summary>
    public string? SslHost { get; set; }

    /// <summary>
    /// A certificate authority (or the server's own self-signed certificate) to trust in addition to the
    /// machine's trust store, for private deployments and tests.
    /// </summary>
    public X509Certificate2? TrustedCertificate { get; set; }

    /// <summary>Overrides certificate validation entirely when set.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; set; }

    /// <summary>Database selected with <c>SELECT</c> after connecting. Default 0.</summary>
    public int DefaultDatabase { get; set; }

    /// <summary>Time allowed for TCP connect, TLS and the handshake commands. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>When true (default) the first connect throws on failure; when false it returns and keeps retrying in the background.</summary>
    public bool AbortOnConnectFail { get; set; } = true;

    /// <summary>Prefix put in front of every pub/sub channel by <see cref="RedisPubSubBus"/>. Default empty.</summary>
    public string ChannelPrefix { get; set; } = "";

    /// <summary>Connection name set with <c>CLIENT SETNAME</c>; null to skip.</summary>
    public string? ClientName { get; set; }

    /// <summary>Interval between <c>PING</c> keep-alives. A ping unanswered for the larger of this and <see cref="ConnectTimeout"/> drops the connection (which then reconnects). Default 60 s; zero disables.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Messages each local subscription may hold unread; when full the oldest is dropped (and counted in
    /// <see cref="RedisSubscription.Dropped"/>) so one slow consumer cannot stall the others or exhaust memory.
    /// 0 (default) means unbounded.
    /// </summary>
    public int SubscriptionQueueCapacity { get; set; }

    /// <summary>RESP protocol version: 2 (default) or 3 (negotiated with <c>HELLO 3</c>).</summary>
    public int Protocol { get; set; } = 2;

    /// <summary>Reconnect delays: exponential from <see cref="RedisBackoff.BaseDelay"/>, capped, jittered.</summary>
    public RedisBackoff Backoff { get; set; } = new();

    /// <summary>Clock for backoff delays and keep-alives. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary><c>host:port</c> as used in messages.</summary>
    public string EndPoint => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>A copy of these options (certificates and callbacks are shared).</summary>
    public RedisOptions Clone() => (RedisOptions)MemberwiseClone();

    /// <summary>The options as a connection string, with the password masked.</summary>
    public override string ToString()
    {
        var text = EndPoint;
        if (User is not null) text += ",user=" + User;
        if (Password is not null) text += ",password=*****";
        if (Ssl) text += ",ssl=true";
        if (DefaultDatabase != 0) text += ",defaultDatabase=" + DefaultDatabase;
        if (ChannelPrefix.Length > 0) text += ",channelPrefix=" + ChannelPrefix;
        return text;
    }
}
