using StudyGraph.Api.Configuration;

namespace StudyGraph.Api.Auth;

/// <summary>
/// The access-token settings (<c>Jwt:*</c>), read and checked once at start-up: the HS256 signing key, issuer, audience,
/// token life and the clock skew tolerated when validating.
/// </summary>
public sealed class JwtSettings
{
    /// <summary>The smallest signing key accepted, in bytes (HS256 needs 256 bits).</summary>
    public const int MinKeyBytes = 32;

    /// <summary>The name of the generated development key file inside <c>Data:Path</c>.</summary>
    public const string DevelopmentKeyFileName = "dev-signing-key";

    /// <summary>The HS256 key.</summary>
    public required byte[] SigningKey { get; init; }

    /// <summary><c>Jwt:Issuer</c> (default <c>studygraph</c>).</summary>
    public string Issuer { get; init; } = "studygraph";

    /// <summary><c>Jwt:Audience</c> (default <c>studygraph</c>).</summary>
    public string Audience { get; init; } = "studygraph";

    /// <summary><c>Jwt:AccessTokenMinutes</c> (default 15).</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary><c>Jwt:ClockSkewSeconds</c> (default 30): how far clocks of issuer and validator may disagree.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The development key file in use, or null when the key comes from configuration.</summary>
    public string? DevelopmentKeyPath { get; init; }

    /// <summary>Whether <see cref="DevelopmentKeyPath"/> was written by this start.</summary>
    public bool DevelopmentKeyCreated { get; init; }

    /// <summary>
    /// Reads the settings. Without <c>Jwt:SigningKey</c> a random key is generated once into
    /// <c>{Data:Path}/dev-signing-key</c> (and reused later), except in Production, which refuses to start.
    /// </summary>
    /// <exception cref="SettingsException">A setting is missing (Production) or invalid.</exception>
    public static JwtSettings Load(IConfiguration configuration, StudyGraphSettings settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        var issuer = StudyGraphSettings.NonEmpty(configuration, "Jwt:Issuer") ?? "studygraph";
        var audience = StudyGraphSettings.NonEmpty(configuration, "Jwt:Audience") ?? "studygraph";
        var minutes = StudyGraphSettings.Int(configuration, "Jwt:AccessTokenMinutes", 15, 1, 24 * 60);
        var skew = StudyGraphSettings.Int(configuration, "Jwt:ClockSkewSeconds", 30, 0, 600);
        var configured = StudyGraphSettings.NonEmpty(configuration, "Jwt:SigningKey");
        if (configured is not null)
        {
            return new JwtSettings
            {
                SigningKey = ParseKey(configured),
                Issuer = issuer,
                Audience = audience,
                AccessTokenLifetime = TimeSpan.FromMinutes(minutes),
                ClockSkew = TimeSpan.FromSeconds(skew),
            };
        }
        if (settings.IsProduction)
        {
            throw new SettingsException("Jwt:SigningKey",
                $"is required in Production (at least {MinKeyBytes} bytes: base64, or text; environment variable Jwt__SigningKey). "
                + "The generated development key is refused in Production.");
        }
        var path = Path.Combine(settings.DataPath, DevelopmentKeyFileName);
        var key = SigningKeyFile.ReadOrCreate(path, out var created);
        return new JwtSettings
        {
            SigningKey = key,
            Issuer = issuer,
            Audience = audience,
            AccessTokenLifetime = TimeSpan.FromMinutes(minutes),
            ClockSkew = TimeSpan.FromSeconds(skew),
            DevelopmentKeyPath = path,
            DevelopmentKeyCreated = created,
        };
    }

    /// <summary>
    /// The key bytes of a configured value: base64 when it decodes to at least <see cref="MinKeyBytes"/> bytes, otherwise
    /// the UTF-8 bytes of the text, which must be at least <see cref="MinKeyBytes"/> long.
    /// </summary>
    /// <exception cref="SettingsException">The key is too short.</exception>
    public static byte[] ParseKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = new byte[value.Length];
        if (Convert.TryFromBase64String(value, buffer, out var written) && written >= MinKeyBytes) return buffer[..written];
        var text = System.Text.Encoding.UTF8.GetBytes(value);
        if (text.Length < MinKeyBytes)
        {
            throw new SettingsException("Jwt:SigningKey", $"must be at least {MinKeyBytes} bytes (base64) or {MinKeyBytes} characters of text (got {text.Length}).");
        }
        return text;
    }
}
