namespace StudyGraph.Domain.Accounts;

public sealed partial class AccountService
{
    /// <summary>Sends a new verification link (no-op when already verified).</summary>
    public async ValueTask<AccountResult<bool>> RequestEmailVerificationAsync(string userId, CancellationToken ct = default)
    {
        var user = await _users.FindByIdAsync(userId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.NotFound;
        if (user.EmailVerified) return false;
        await SendVerificationAsync(user, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Marks the e-mail verified with a single-use token from the verification e-mail.</summary>
    public async ValueTask<AccountResult<User>> VerifyEmailAsync(string? token, CancellationToken ct = default)
    {
        var consumed = await ConsumeAsync(token, OneTimeTokenPurpose.EmailVerification, ct).ConfigureAwait(false);
        if (!consumed.IsSuccess) return consumed.Error;
        var user = await _users.FindByIdAsync(consumed.Value.UserId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.TokenInvalid;
        user = user.MarkEmailVerified();
        await _users.UpdateAsync(user, ct).ConfigureAwait(false);
        return user;
    }

    /// <summary>
    /// E-mails a password reset link when <paramref name="email"/> has an account. Always succeeds, so the answer
    /// does not tell whether an account exists.
    /// </summary>
    public async ValueTask<AccountResult<bool>> RequestPasswordResetAsync(string? email, CancellationToken ct = default)
    {
        var normalized = EmailAddress.Normalize(email, out _);
        var user = normalized is null ? null : await _users.FindByEmailAsync(normalized, ct).ConfigureAwait(false);
        if (user is null) return true;
        var token = await IssueOneTimeAsync(user.Id, OneTimeTokenPurpose.PasswordReset, _options.PasswordResetLifetime, ct).ConfigureAwait(false);
        var link = _options.ResetPasswordUrl.Replace("{token}", token, StringComparison.Ordinal);
        await _email.SendAsync(new EmailMessage(user.Email, $"Reset your {_options.ProductName} password",
            $"Hello {user.DisplayName},\n\nTo choose a new password, open this link within {Hours(_options.PasswordResetLifetime)}:\n{link}\n\n"
            + $"Token: {token}\n\nIf you did not ask for this, ignore this message; your password stays unchanged.\n",
            "password-reset"), ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Sets a new password with a single-use reset token, marks the e-mail verified (the token proved ownership) and
    /// revokes every refresh chain of the user. Returns how many refresh tokens were revoked.
    /// </summary>
    public async ValueTask<AccountResult<int>> ResetPasswordAsync(string? token, string? newPassword, CancellationToken ct = default)
    {
        var problem = _options.PasswordPolicy.Check(newPassword);
        if (problem is not null) return AccountError.Validation("newPassword", problem);
        var consumed = await ConsumeAsync(token, OneTimeTokenPurpose.PasswordReset, ct).ConfigureAwait(false);
        if (!consumed.IsSuccess) return consumed.Error;
        var user = await _users.FindByIdAsync(consumed.Value.UserId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.TokenInvalid;
        await _users.UpdateAsync(user.WithPasswordHash(_hasher.Hash(newPassword!)).MarkEmailVerified(), ct).ConfigureAwait(false);
        return await _refreshTokens.RevokeAllForUserAsync(user.Id, Now, ct).ConfigureAwait(false);
    }

    private async ValueTask SendVerificationAsync(User user, CancellationToken ct)
    {
        var token = await IssueOneTimeAsync(user.Id, OneTimeTokenPurpose.EmailVerification, _options.EmailVerificationLifetime, ct).ConfigureAwait(false);
        var link = _options.VerifyEmailUrl.Replace("{token}", token, StringComparison.Ordinal);
        await _email.SendAsync(new EmailMessage(user.Email, $"Verify your {_options.ProductName} email",
            $"Hello {user.DisplayName},\n\nPlease confirm your email address by opening this link within {Hours(_options.EmailVerificationLifetime)}:\n{link}\n\n"
            + $"Token: {token}\n",
            "email-verification"), ct).ConfigureAwait(false);
    }

    private async ValueTask<string> IssueOneTimeAsync(string userId, OneTimeTokenPurpose purpose, TimeSpan lifetime, CancellationToken ct)
    {
        var token = SecretToken.Create(_random);
        var now = Now;
        await _oneTimeTokens.AddAsync(new OneTimeToken(SecretToken.Hash(token), userId, purpose, now, now + lifetime), ct).ConfigureAwait(false);
        return token;
    }

    private async ValueTask<AccountResult<OneTimeToken>> ConsumeAsync(string? token, OneTimeTokenPurpose purpose, CancellationToken ct)
    {
        if (!SecretToken.LooksValid(token)) return AccountError.TokenInvalid;
        var hash = SecretToken.Hash(token!);
        var stored = await _oneTimeTokens.FindAsync(hash, ct).ConfigureAwait(false);
        if (stored is null || stored.Purpose != purpose || stored.UsedAt is not null) return AccountError.TokenInvalid;
        var now = Now;
        if (now >= stored.ExpiresAt) return AccountError.TokenExpired;
        if (!await _oneTimeTokens.TryConsumeAsync(hash, now, ct).ConfigureAwait(false)) return AccountError.TokenInvalid;
        return stored;
    }

    private static string Hours(TimeSpan span) =>
        span.TotalHours == 1 ? "1 hour" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours" : $"{span.TotalMinutes:0} minutes";
}
