using Microsoft.Extensions.Hosting;

namespace StudyGraph.Api.Configuration;

/// <summary>
/// The API's settings, read once from configuration (appsettings.json, environment variables such as
/// <c>Storage__Provider</c>, command-line <c>--Storage:Provider=...</c>) and validated: a bad value throws a
/// <see cref="SettingsException"/> naming the setting.
/// </summary>
public sealed class StudyGraphSettings
{
    /// <summary>The folder for the Sqlite file, the development signing key and the e-mail outbox (<c>Data:Path</c>, default <c>data</c>).</summary>
    public required string DataPath { get; init; }

    /// <summary><c>Storage:Provider</c>: Sqlite (default) or Mongo.</summary>
    public StorageProvider Storage { get; init; }

    /// <summary><c>Storage:Sqlite:Path</c> (default <c>{Data:Path}/studygraph.db</c>).</summary>
    public required string SqlitePath { get; init; }

    /// <summary><c>Storage:Mongo:ConnectionString</c> (required when the provider is Mongo).</summary>
    public string? MongoConnectionString { get; init; }

    /// <summary><c>Redis:ConnectionString</c>: set to fan events out through Redis; unset means the in-memory bus.</summary>
    public string? RedisConnectionString { get; init; }

    /// <summary><c>Redis:ChannelPrefix</c> (default <c>studygraph:</c>).</summary>
    public string RedisChannelPrefix { get; init; } = "studygraph:";

    /// <summary><c>GraphQL:SchemaPath</c>: the contract (default: <c>schema.graphql</c> beside the binary).</summary>
    public required string SchemaPath { get; init; }

    /// <summary><c>Seed:Path</c>: the folder of question banks imported on start (default: <c>seed</c> beside the binary).</summary>
    public required string SeedPath { get; init; }

    /// <summary><c>Seed:OnStart</c> (default true): import <see cref="SeedPath"/> at start-up (idempotent).</summary>
    public bool SeedOnStart { get; init; } = true;

    /// <summary><c>Web:AssetsPath</c>: the built web assets (default: <c>web/dist</c> of the repository when found).</summary>
    public required string WebAssetsPath { get; init; }

    /// <summary><c>Accounts:VerifyEmailUrl</c>: the link in verification e-mails, <c>{token}</c> replaced by the token (null: the development default).</summary>
    public string? VerifyEmailUrl { get; init; }

    /// <summary><c>Accounts:ResetPasswordUrl</c>: the link in password-reset e-mails, <c>{token}</c> replaced by the token (null: the development default).</summary>
    public string? ResetPasswordUrl { get; init; }

    /// <summary>
    /// <c>Http:TrustedProxies</c>: the reverse proxies / load balancers (addresses or CIDR networks, comma-separated) whose
    /// <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed; empty: the headers are ignored and the client is the
    /// connection's remote address.
    /// </summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>Whether the host runs in the Production environment.</summary>
    public bool IsProduction { get; init; }

    /// <summary>Reads and validates the settings.</summary>
    /// <exception cref="SettingsException">A setting is missing or invalid.</exception>
    public static StudyGraphSettings Load(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var root = environment.ContentRootPath;
        var dataPath = Path.GetFullPath(Path.Combine(root, NonEmpty(configuration, "Data:Path") ?? "data"));

        var providerText = NonEmpty(configuration, "Storage:Provider") ?? nameof(StorageProvider.Sqlite);
        if (!Enum.TryParse<StorageProvider>(providerText, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new SettingsException("Storage:Provider", $"must be Sqlite or Mongo (got '{providerText}').");
        }
        var mongo = NonEmpty(configuration, "Storage:Mongo:ConnectionString");
        if (provider == StorageProvider.Mongo && mongo is null)
        {
            throw new SettingsException("Storage:Mongo:ConnectionString", "is required when Storage:Provider is Mongo (e.g. mongodb://localhost:27017/studygraph?replicaSet=rs0).");
        }
        if (mongo is not null && !mongo.StartsWith("mongodb://", StringComparison.Ordinal) && !mongo.StartsWith("mongodb+srv://", StringComparison.Ordinal))
        {
            throw new SettingsException("Storage:Mongo:ConnectionString", "must start with mongodb://.");
        }

        var schemaPath = NonEmpty(configuration, "GraphQL:SchemaPath") is { } s ? Path.GetFullPath(Path.Combine(root, s)) : DefaultBeside("schema.graphql");
        if (!File.Exists(schemaPath))
        {
            throw new SettingsException("GraphQL:SchemaPath", $"the schema file '{schemaPath}' does not exist.");
        }
        var seedPath = NonEmpty(configuration, "Seed:Path") is { } sp ? Path.GetFullPath(Path.Combine(root, sp)) : DefaultBeside("seed");
        var seedOnStart = Bool(configuration, "Seed:OnStart", true);
        if (seedOnStart && !Directory.Exists(seedPath))
        {
            throw new SettingsException("Seed:Path", $"the seed folder '{seedPath}' does not exist (set Seed:OnStart=false to start without seeding).");
        }
        var web = NonEmpty(configuration, "Web:AssetsPath") is { } w
            ? Path.GetFullPath(Path.Combine(root, w))
            : RepositoryFolder("web", "dist") ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");

        return new StudyGraphSettings
        {
            DataPath = dataPath,
            Storage = provider,
            SqlitePath = NonEmpty(configuration, "Storage:Sqlite:Path") is { } p ? Path.GetFullPath(Path.Combine(root, p)) : Path.Combine(dataPath, "studygraph.db"),
            MongoConnectionString = mongo,
            RedisConnectionString = NonEmpty(configuration, "Redis:ConnectionString"),
            RedisChannelPrefix = NonEmpty(configuration, "Redis:ChannelPrefix") ?? "studygraph:",
            SchemaPath = schemaPath,
            SeedPath = seedPath,
            SeedOnStart = seedOnStart,
            WebAssetsPath = web,
            VerifyEmailUrl = LinkTemplate(configuration, "Accounts:VerifyEmailUrl"),
            ResetPasswordUrl = LinkTemplate(configuration, "Accounts:ResetPasswordUrl"),
            TrustedProxies = Networks(configuration, "Http:TrustedProxies"),
            IsProduction = environment.IsProduction(),
        };
    }

    /// <summary>A boolean setting, or <paramref name="fallback"/>; anything but true/false names the setting.</summary>
    public static bool Bool(IConfiguration configuration, string key, bool fallback)
    {
        var text = NonEmpty(configuration, key);
        if (text is null) return fallback;
        return bool.TryParse(text, out var value) ? value : throw new SettingsException(key, $"must be true or false (got '{text}').");
    }

    /// <summary>An integer setting within [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/>.</summary>
    public static int Int(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = NonEmpty(configuration, key);
        if (text is null) return fallback;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new SettingsException(key, $"must be a whole number from {min} to {max} (got '{text}').");
        }
        return value;
    }

    /// <summary>A comma-separated list of IP addresses (one-address networks) and CIDR networks; empty when unset.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Networks(IConfiguration configuration, string key)
    {
        var text = NonEmpty(configuration, key);
        if (text is null) return [];
        var networks = new List<System.Net.IPNetwork>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPAddress.TryParse(part, out var address))
            {
                if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
                networks.Add(new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (System.Net.IPNetwork.TryParse(part, out var network)) networks.Add(network);
            else throw new SettingsException(key, $"'{part}' is neither an IP address nor a CIDR network like 10.0.0.0/8.");
        }
        return networks;
    }

    /// <summary>An e-mail link setting: an absolute http(s) URL holding <c>{token}</c>, or null when unset.</summary>
    public static string? LinkTemplate(IConfiguration configuration, string key)
    {
        var text = NonEmpty(configuration, key);
        if (text is null) return null;
        if (!text.Contains("{token}", StringComparison.Ordinal))
        {
            throw new SettingsException(key, $"must contain {{token}} where the e-mailed token goes (got '{text}'), e.g. https://app.example.com/reset-password?token={{token}}.");
        }
        if (!Uri.TryCreate(text.Replace("{token}", "t", StringComparison.Ordinal), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new SettingsException(key, $"must be an absolute http or https URL (got '{text}').");
        }
        return text;
    }

    /// <summary>The setting's value, or null when unset or blank.</summary>
    public static string? NonEmpty(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string DefaultBeside(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        return File.Exists(beside) || Directory.Exists(beside) ? beside : RepositoryFolder(name) ?? beside;
    }

    /// <summary>A path under the repository root (the folder holding StudyGraph.slnx above the binary), or null outside a checkout.</summary>
    private static string? RepositoryFolder(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyGraph.slnx"))) return Path.Combine([dir.FullName, .. parts]);
        }
        return null;
    }
}
