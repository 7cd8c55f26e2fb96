namespace StudyGraph.Api.Auth;

/// <summary>Logs a clear warning at start-up when tokens are signed with the generated development key.</summary>
public sealed partial class DevelopmentKeyNotice(JwtSettings settings, ILogger<DevelopmentKeyNotice> log) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.DevelopmentKeyPath is { } path) Warn(log, settings.DevelopmentKeyCreated ? "generated" : "read", path);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "DEVELOPMENT signing key {Action} at {Path}: access tokens are signed with a key that is not configured. Set Jwt:SigningKey (Jwt__SigningKey) for any shared or production deployment; Production refuses to start without it.")]
    private static partial void Warn(ILogger log, string action, string path);
}
