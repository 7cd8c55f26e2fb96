using System.Globalization;
using System.Text;

namespace StudyGraph.Mongo.Core;

/// <summary>
/// A parsed <c>mongodb://</c> connection string (MongoDB URI specification; the supported options are listed in
/// src/Mongo/README.md). <c>mongodb+srv://</c> is refused.
/// </summary>
public sealed partial class MongoUrl
{
    private MongoUrl() { }

    /// <summary>The seed list.</summary>
    public IReadOnlyList<MongoServerAddress> Hosts { get; private set; } = [];

    /// <summary>The database named in the path, if any.</summary>
    public string? Database { get; private set; }

    /// <summary>Credentials, when the URI has a user name.</summary>
    public MongoCredential? Credential { get; private set; }

    /// <summary>replicaSet: the expected replica set name.</summary>
    public string? ReplicaSet { get; private set; }

    /// <summary>directConnection: talk to the single host only, without discovery.</summary>
    public bool DirectConnection { get; private set; }

    /// <summary>tls / ssl.</summary>
    public bool Tls { get; private set; }

    /// <summary>tlsCAFile: a PEM file of trusted certificate authorities.</summary>
    public string? TlsCAFile { get; private set; }

    /// <summary>tlsAllowInvalidCertificates (or tlsInsecure).</summary>
    public bool TlsAllowInvalidCertificates { get; private set; }

    /// <summary>tlsAllowInvalidHostnames (or tlsInsecure).</summary>
    public bool TlsAllowInvalidHostnames { get; private set; }

    /// <summary>w: "majority" (our default), a number, or a tag set name.</summary>
    public string W { get; private set; } = "majority";

    /// <summary>wtimeoutMS, when set.</summary>
    public int? WTimeoutMS { get; private set; }

    /// <summary>journal, when set.</summary>
    public bool? Journal { get; private set; }

    /// <summary>retryWrites (default true).</summary>
    public bool RetryWrites { get; private set; } = true;

    /// <summary>retryReads (default true).</summary>
    public bool RetryReads { get; private set; } = true;

    /// <summary>maxPoolSize (default 100; 0 means unlimited).</summary>
    public int MaxPoolSize { get; private set; } = 100;

    /// <summary>minPoolSize (default 0).</summary>
    public int MinPoolSize { get; private set; }

    /// <summary>waitQueueTimeoutMS (default 120000): how long a checkout waits for a free connection.</summary>
    public int WaitQueueTimeoutMS { get; private set; } = 120_000;

    /// <summary>maxIdleTimeMS (default 0 = never prune idle connections).</summary>
    public int MaxIdleTimeMS { get; private set; }

    /// <summary>serverSelectionTimeoutMS (default 30000).</summary>
    public int ServerSelectionTimeoutMS { get; private set; } = 30_000;

    /// <summary>connectTimeoutMS (default 30000).</summary>
    public int ConnectTimeoutMS { get; private set; } = 30_000;

    /// <summary>socketTimeoutMS (default 0 = no timeout).</summary>
    public int SocketTimeoutMS { get; private set; }

    /// <summary>heartbeatFrequencyMS (default 10000; minimum 500).</summary>
    public int HeartbeatFrequencyMS { get; private set; } = 10_000;

    /// <summary>appName, sent in the handshake metadata.</summary>
    public string? AppName { get; private set; }

    /// <summary>Options the parser did not recognise (ignored, as the specification asks).</summary>
    public IReadOnlyList<string> UnknownOptions { get; private set; } = [];

    /// <summary>Parses a connection string.</summary>
    /// <exception cref="MongoConfigurationException">The string is invalid; the message says why.</exception>
    public static MongoUrl Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        const string scheme = "mongodb://";
        if (connectionString.StartsWith("mongodb+srv://", StringComparison.OrdinalIgnoreCase))
            throw new MongoConfigurationException("mongodb+srv:// connection strings are not supported (they need DNS SRV and TXT lookups); list the hosts with mongodb://host1,host2/?replicaSet=name instead.");
        if (!connectionString.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            throw new MongoConfigurationException("A connection string must start with mongodb://.");
        var rest = connectionString[scheme.Length..];
        var url = new MongoUrl();

        var slash = rest.IndexOf('/');
        var question = rest.IndexOf('?');
        if (question >= 0 && (slash < 0 || question < slash))
            throw new MongoConfigurationException("The options (?...) must follow a '/' after the hosts (mongodb://host/?option=value).");
        var hostInfo = slash < 0 ? rest : rest[..slash];
        var afterHosts = slash < 0 ? "" : rest[(slash + 1)..];

        string? user = null, password = null;
        var at = hostInfo.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = hostInfo[..at];
            hostInfo = hostInfo[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            var rawUser = colon < 0 ? userInfo : userInfo[..colon];
            var rawPassword = colon < 0 ? null : userInfo[(colon + 1)..];
            if (rawUser.IndexOfAny(['@', '/', ':']) >= 0 || (rawPassword?.IndexOfAny(['@', '/', ':']) ?? -1) >= 0)
                throw new MongoConfigurationException("The user name and password must be percent-encoded ('@', ':' and '/' are reserved).");
            user = Decode(rawUser, "user name");
            password = rawPassword is null ? null : Decode(rawPassword, "password");
            if (user.Length == 0) throw new MongoConfigurationException("The connection string has credentials with an empty user name.");
        }
        if (hostInfo.Length == 0) throw new MongoConfigurationException("The connection string names no host.");
        var hosts = new List<MongoServerAddress>();
        foreach (var h in hostInfo.Split(',')) hosts.Add(MongoServerAddress.Parse(Decode(h, "host")));
        url.Hosts = hosts;

        var q = afterHosts.IndexOf('?');
        var path = q < 0 ? afterHosts : afterHosts[..q];
        var query = q < 0 ? "" : afterHosts[(q + 1)..];
        if (path.Length > 0)
        {
            var db = Decode(path, "database name");
            if (db.IndexOfAny(['/', '\\', ' ', '"', '$', '.']) >= 0) throw new MongoConfigurationException($"Database name '{db}' contains a character that is not allowed (/\\ \"$. or space).");
            url.Database = db;
        }

        var options = ParseOptions(query);
        url.Apply(options, user, password);
        return url;
    }

    private static Dictionary<string, string> ParseOptions(string query)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (query.Length == 0) return options;
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0) continue;
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new MongoConfigurationException($"Connection string option '{pair}' has no value (expected name=value).");
            var key = Decode(pair[..eq], "option name");
            var value = Decode(pair[(eq + 1)..], $"option {key}");
            if (key.Equals("ssl", StringComparison.OrdinalIgnoreCase) || key.Equals("tls", StringComparison.OrdinalIgnoreCase))
            {
                if (options.TryGetValue("tls", out var prior) && !string.Equals(prior, value, StringComparison.OrdinalIgnoreCase))
                    throw new MongoConfigurationException("Options tls and ssl have conflicting values.");
                key = "tls";
            }
            options[key] = value;
        }
        return options;
    }

    private static string Decode(string s, string what)
    {
        if (s.IndexOf('%') < 0) return s;
        var bytes = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%')
            {
                if (i + 2 >= s.Length || !byte.TryParse(s.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                    throw new MongoConfigurationException($"The {what} has an invalid percent-escape near '{s[i..Math.Min(s.Length, i + 3)]}'.");
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
            }
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw new MongoConfigurationException($"The {what} percent-decodes to invalid UTF-8.");
        }
    }
}
