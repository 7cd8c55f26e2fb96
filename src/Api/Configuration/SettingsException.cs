namespace StudyGraph.Api.Configuration;

/// <summary>A missing or invalid setting: start-up stops with a message that names it.</summary>
public sealed class SettingsException(string setting, string message)
    : Exception($"Configuration error: {setting}: {message}")
{
    /// <summary>The setting's configuration key, e.g. <c>Storage:Provider</c> (environment variable <c>Storage__Provider</c>).</summary>
    public string Setting { get; } = setting;
}
