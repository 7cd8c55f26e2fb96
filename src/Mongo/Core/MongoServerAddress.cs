namespace StudyGraph.Mongo.Core;

/// <summary>A server address: host (lowercase; IPv6 without brackets) and port.</summary>
/// <param name="Host">The host name or IP literal.</param>
/// <param name="Port">The TCP port.</param>
public sealed record MongoServerAddress(string Host, int Port)
{
    /// <summary>The default MongoDB port.</summary>
    public const int DefaultPort = 27017;

    /// <summary>"host:port", with IPv6 literals in brackets, as servers write addresses in hello replies.</summary>
    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>Parses "host", "host:port", "[v6]" or "[v6]:port".</summary>
    /// <exception cref="MongoConfigurationException">The text is not a valid address.</exception>
    public static MongoServerAddress Parse(string text)
    {
        if (string.IsNullOrEmpty(text)) throw new MongoConfigurationException("Connection string has an empty host.");
        string host;
        string? port = null;
        if (text[0] == '[')
        {
            var close = text.IndexOf(']');
            if (close < 0) throw new MongoConfigurationException($"Host '{text}' has an unterminated IPv6 literal.");
            host = text[1..close];
            var rest = text[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':') throw new MongoConfigurationException($"Host '{text}' has characters after its IPv6 literal.");
                port = rest[1..];
            }
        }
        else
        {
            var colon = text.IndexOf(':');
            if (colon >= 0 && text.IndexOf(':', colon + 1) >= 0)
                throw new MongoConfigurationException($"Host '{text}' looks like an IPv6 address; write it in brackets ([::1]:27017).");
            host = colon < 0 ? text : text[..colon];
            port = colon < 0 ? null : text[(colon + 1)..];
        }
        if (host.Length == 0) throw new MongoConfigurationException($"Host '{text}' has an empty host name.");
        if (host.EndsWith(".sock", StringComparison.OrdinalIgnoreCase) || host.Contains('/'))
            throw new MongoConfigurationException($"Host '{text}': Unix domain sockets are not supported.");
        var p = DefaultPort;
        if (port is not null)
        {
            if (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out p) || p < 1 || p > 65535)
                throw new MongoConfigurationException($"Host '{text}' has an invalid port '{port}' (1-65535).");
        }
        return new MongoServerAddress(host.ToLowerInvariant(), p);
    }
}
