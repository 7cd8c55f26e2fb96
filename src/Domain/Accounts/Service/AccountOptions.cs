namespace StudyGraph.Domain.Accounts;

/// <summary>Settings of <see cref="AccountService"/>, with documented defaults.</summary>
public sealed record AccountOptions
{
    /// <summary>Life of each refresh token; every refresh issues a new one with a fresh life (default 30 days).</summary>
    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Life of an e-mail verification token (default 24 hours).</summary>
    public TimeSpan EmailVerificationLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Life of a password reset token (default 1 hour).</summary>
    public TimeSpan PasswordResetLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Rules for new passwords.</summary>
    public PasswordPolicy PasswordPolicy { get; init; } = PasswordPolicy.Default;

    /// <summary>Link in the verification e-mail; <c>{token}</c> is replaced by the (URL-safe) token.</summary>
    public string VerifyEmailUrl { get; init; } = "http://localhost:5000/verify-email?token={token}";

    /// <summary>Link in the reset e-mail; <c>{token}</c> is replaced by the (URL-safe) token.</summary>
    public string ResetPasswordUrl { get; init; } = "http://localhost:5000/reset-password?token={token}";

    /// <summary>Product name used in e-mails.</summary>
    public string ProductName { get; init; } = "StudyGraph";
}
