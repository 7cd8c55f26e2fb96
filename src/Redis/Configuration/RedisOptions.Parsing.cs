using System.Globalization;

namespace StudyGraph.Redis;

public sealed partial class RedisOptions
{
    /// <summary>Parses a connection string; throws <see cref="ArgumentException"/> naming the bad part.</summary>
    public static RedisOptions Parse(string connectionString) =>
        TryParse(connectionString, out var options, out var error) ? options : throw new ArgumentException(error, nameof(connectionString));

    /// <summary>
    /// Parses <c>host:port,password=...,user=...,ssl=true,defaultDatabase=2,connectTimeout=5000,abortConnect=false,channelPrefix=...</c>
    /// or <c>redis://user:pass@host:port/db</c> (<c>rediss://</c> for TLS). On failure <paramref name="error"/> names the bad part.
    /// </summary>
    public static bool TryParse(string? connectionString, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RedisOptions? options, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        options = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error = "the Redis connection string is empty";
            return false;
        }
        var result = new RedisOptions();
        var text = connectionString.Trim();
        error = text.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase)
            ? ParseUri(text, result)
            : ParseList(text, result);
        if (error is not null) return false;
        options = result;
        return true;
    }

    private static string? ParseList(string text, RedisOptions o)
    {
        var endpoints = 0;
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                if (++endpoints > 1) return $"more than one endpoint ('{part}'): only one Redis server is supported";
                var endpointError = ParseEndPoint(part, o);
                if (endpointError is not null) return endpointError;
                continue;
            }
            var optionError = ApplyOption(part[..eq].Trim(), part[(eq + 1)..].Trim(), o);
            if (optionError is not null) return optionError;
        }
        return endpoints == 0 ? "the connection string names no endpoint (expected host:port first)" : null;
    }

    private static string? ParseUri(string text, RedisOptions o)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return $"'{Mask(text)}' is not a valid redis:// URI";
        o.Ssl = uri.Scheme.Equals("rediss", StringComparison.OrdinalIgnoreCase);
        o.Host = uri.Host.Trim('[', ']');
        o.Port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon < 0) o.Password = user; // redis://secret@host: a lone user-info part is the password, as redis-cli reads it
            else
            {
                o.User = user.Length == 0 ? null : user;
                o.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            if (!int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out var db)) return $"the database '/{path}' in the URI is not a number";
            o.DefaultDatabase = db;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) return $"URI query part '{pair}' has no value";
            var error = ApplyOption(Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]), o);
            if (error is not null) return error;
        }
        return null;
    }

    private static string? ParseEndPoint(string part, RedisOptions o)
    {
        string host;
        string? port = null;
        if (part.StartsWith('['))
        {
            var close = part.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return $"endpoint '{part}' has an unclosed '['";
            host = part[1..close];
            var rest = part[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':') return $"endpoint '{part}' has text after ']' that is not ':port'";
                port = rest[1..];
            }
        }
        else
        {
            var colon = part.LastIndexOf(':');
            host = colon < 0 ? part : part[..colon];
            if (colon >= 0) port = part[(colon + 1)..];
        }
        if (host.Length == 0) return $"endpoint '{part}' has no host";
        o.Host = host;
        if (port is null) return null;
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            return $"endpoint '{part}' has an invalid port '{port}' (expected 1-65535)";
        o.Port = p;
        return null;
    }

    private static string? ApplyOption(string key, string value, RedisOptions o)
    {
        switch (key.ToLowerInvariant())
        {
            case "password": o.Password = value; return null;
            case "user": o.User = value.Length == 0 ? null : value; return null;
            case "name": o.ClientName = value.Length == 0 ? null : value; return null;
            case "channelprefix": o.ChannelPrefix = value; return null;
            case "sslhost": o.SslHost = value.Length == 0 ? null : value; return null;
            case "ssl": return ParseBool(key, value, b => o.Ssl = b);
            case "abortconnect": return ParseBool(key, value, b => o.AbortOnConnectFail = b);
            case "defaultdatabase":
                return ParseInt(key, value, 0, int.MaxValue, n => o.DefaultDatabase = n);
            case "connecttimeout":
                return ParseInt(key, value, 1, int.MaxValue, n => o.ConnectTimeout = TimeSpan.FromMilliseconds(n), " milliseconds");
            case "keepalive":
                return ParseInt(key, value, 0, int.MaxValue, n => o.KeepAlive = TimeSpan.FromSeconds(n), " seconds");
            case "protocol":
                switch (value.ToLowerInvariant())
                {
                    case "2" or "resp2": o.Protocol = 2; return null;
                    case "3" or "resp3": o.Protocol = 3; return null;
                    default: return $"option 'protocol' must be resp2 or resp3, got '{value}'";
                }
            default:
                return $"unknown option '{key}' in the Redis connection string (known: password, user, ssl, sslHost, defaultDatabase, connectTimeout, abortConnect, channelPrefix, name, keepAlive, protocol)";
        }
    }

    private static string? ParseBool(string key, string value, Action<bool> set)
    {
        if (!bool.TryParse(value, out var b)) return $"option '{key}' must be true or false, got '{value}'";
        set(b);
        return null;
    }

    private static string? ParseInt(string key, string value, int min, int max, Action<int> set, string unit = "")
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            return $"option '{key}' must be a whole number{unit} of at least {min}, got '{value}'";
        set(n);
        return null;
    }

    private static string Mask(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at < 0 || scheme < 0 ? text : text[..(scheme + 3)] + "*****" + text[at..];
    }
}
