using System.Globalization;

namespace StudyGraph.Mongo.Core;

public sealed partial class MongoUrl
{
    private void Apply(Dictionary<string, string> o, string? user, string? password)
    {
        var unknown = new List<string>();
        string? authSource = null, mechanism = null;
        bool? tlsInsecure = null;
        foreach (var (key, value) in o)
        {
            switch (key.ToLowerInvariant())
            {
                case "authsource":
                    if (value.Length == 0) throw new MongoConfigurationException("Option authSource is empty.");
                    authSource = value;
                    break;
                case "authmechanism":
                    mechanism = value.ToUpperInvariant() switch
                    {
                        "SCRAM-SHA-256" => "SCRAM-SHA-256",
                        "SCRAM-SHA-1" => "SCRAM-SHA-1",
                        _ => throw new MongoConfigurationException($"authMechanism '{value}' is not supported (use SCRAM-SHA-256 or SCRAM-SHA-1)."),
                    };
                    break;
                case "replicaset":
                    if (value.Length == 0) throw new MongoConfigurationException("Option replicaSet is empty.");
                    ReplicaSet = value;
                    break;
                case "directconnection": DirectConnection = Bool(key, value); break;
                case "tls": Tls = Bool(key, value); break;
                case "tlscafile": TlsCAFile = value; break;
                case "tlsallowinvalidcertificates": TlsAllowInvalidCertificates = Bool(key, value); break;
                case "tlsallowinvalidhostnames": TlsAllowInvalidHostnames = Bool(key, value); break;
                case "tlsinsecure": tlsInsecure = Bool(key, value); break;
                case "w":
                    if (value.Length == 0) throw new MongoConfigurationException("Option w is empty.");
                    if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var wn) && wn < 0)
                        throw new MongoConfigurationException("Option w must not be negative.");
                    W = value;
                    break;
                case "wtimeoutms": WTimeoutMS = Int(key, value, 0); break;
                case "journal": Journal = Bool(key, value); break;
                case "retrywrites": RetryWrites = Bool(key, value); break;
                case "retryreads": RetryReads = Bool(key, value); break;
                case "maxpoolsize": MaxPoolSize = Int(key, value, 0); break;
                case "minpoolsize": MinPoolSize = Int(key, value, 0); break;
                case "waitqueuetimeoutms": WaitQueueTimeoutMS = Int(key, value, 0); break;
                case "maxidletimems": MaxIdleTimeMS = Int(key, value, 0); break;
                case "serverselectiontimeoutms": ServerSelectionTimeoutMS = Int(key, value, 1); break;
                case "connecttimeoutms": ConnectTimeoutMS = Int(key, value, 0); break;
                case "sockettimeoutms": SocketTimeoutMS = Int(key, value, 0); break;
                case "heartbeatfrequencyms": HeartbeatFrequencyMS = Int(key, value, 500); break;
                case "appname":
                    if (System.Text.Encoding.UTF8.GetByteCount(value) > 128) throw new MongoConfigurationException("Option appName is longer than 128 bytes.");
                    AppName = value;
                    break;
                case "readpreference":
                    if (!value.Equals("primary", StringComparison.OrdinalIgnoreCase))
                        throw new MongoConfigurationException($"readPreference '{value}' is not supported: StudyGraph reads from the primary only.");
                    break;
                default:
                    unknown.Add(key);
                    break;
            }
        }
        UnknownOptions = unknown;
        if (tlsInsecure == true)
        {
            if (o.ContainsKey("tlsAllowInvalidCertificates") || o.ContainsKey("tlsAllowInvalidHostnames"))
                throw new MongoConfigurationException("tlsInsecure cannot be combined with tlsAllowInvalidCertificates or tlsAllowInvalidHostnames.");
            TlsAllowInvalidCertificates = TlsAllowInvalidHostnames = true;
        }
        if ((TlsCAFile is not null || TlsAllowInvalidCertificates || tlsInsecure is not null) && !o.ContainsKey("tls")) Tls = true;
        if (TlsCAFile is not null && !Tls) throw new MongoConfigurationException("tlsCAFile is set but tls=false.");
        if (DirectConnection && Hosts.Count > 1) throw new MongoConfigurationException("directConnection=true requires exactly one host.");
        if (MaxPoolSize != 0 && MinPoolSize > MaxPoolSize) throw new MongoConfigurationException($"minPoolSize ({MinPoolSize}) is greater than maxPoolSize ({MaxPoolSize}).");
        if (user is null)
        {
            if (mechanism is not null) throw new MongoConfigurationException($"authMechanism {mechanism} needs a user name in the connection string.");
            if (password is not null) throw new MongoConfigurationException("A password needs a user name.");
            return;
        }
        Credential = new MongoCredential(user, password ?? throw new MongoConfigurationException("SCRAM authentication needs a password (user:password@host)."),
            authSource ?? Database ?? "admin", mechanism);
    }

    private static bool Bool(string key, string value) => value.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new MongoConfigurationException($"Option {key} must be true or false, not '{value}'."),
    };

    private static int Int(string key, string value, int min)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            throw new MongoConfigurationException($"Option {key} must be an integer, not '{value}'.");
        if (n < min) throw new MongoConfigurationException($"Option {key} must be at least {min}, not {n}.");
        return n;
    }
}
