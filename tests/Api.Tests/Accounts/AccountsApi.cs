using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Accounts;

/// <summary>
/// One in-process API for an account test class, with generous login and registration limits: every in-process request
/// comes from the same (unknown) client address, and these classes sign up many users.
/// </summary>
public sealed class AccountsApi : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ApiHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["RateLimits:Login:PermitsPerMinute"] = "1000",
        ["RateLimits:Register:PermitsPerMinute"] = "1000",
        ["RateLimits:PasswordReset:PermitsPerMinute"] = "1000",
        ["Accounts:VerifyEmailUrl"] = VerifyEmailUrl,
        ["Accounts:ResetPasswordUrl"] = ResetPasswordUrl,
    });

    /// <summary>The configured e-mail links (the front end's pages).</summary>
    public const string VerifyEmailUrl = "https://app.example.test/verify-email?t={token}";

    /// <inheritdoc cref="VerifyEmailUrl"/>
    public const string ResetPasswordUrl = "https://app.example.test/account/reset?token={token}&from=mail";

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
