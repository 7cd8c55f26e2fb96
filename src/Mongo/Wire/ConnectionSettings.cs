using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Wire;

/// <summary>How connections are opened: timeouts, TLS, handshake metadata and credentials.</summary>
public sealed record ConnectionSettings
{
    /// <summary>Time allowed for TCP connect, TLS and the handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one reply (Zero: none).</summary>
    public TimeSpan SocketTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>Use TLS (SslStream).</summary>
    public bool Tls { get; init; }

    /// <summary>PEM file of trusted certificate authorities.</summary>
    public string? TlsCAFile { get; init; }

    /// <summary>Accept any server certificate.</summary>
    public bool TlsAllowInvalidCertificates { get; init; }

    /// <summary>Accept a certificate issued to another host name.</summary>
    public bool TlsAllowInvalidHostnames { get; init; }

    /// <summary>appName for the handshake metadata.</summary>
    public string? AppName { get; init; }

    /// <summary>Credentials, when authentication is used.</summary>
    public MongoCredential? Credential { get; init; }

    /// <summary>Builds the settings from a parsed connection string.</summary>
    public static ConnectionSettings FromUrl(MongoUrl url) => new()
    {
        ConnectTimeout = url.ConnectTimeoutMS == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(url.ConnectTimeoutMS),
        SocketTimeout = TimeSpan.FromMilliseconds(url.SocketTimeoutMS),
        Tls = url.Tls,
        TlsCAFile = url.TlsCAFile,
        TlsAllowInvalidCertificates = url.TlsAllowInvalidCertificates,
        TlsAllowInvalidHostnames = url.TlsAllowInvalidHostnames,
        AppName = url.AppName,
        Credential = url.Credential,
    };
}
