namespace StudyGraph.Domain.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Creates a <see cref="Role.Learner"/> account, e-mails a verification link and signs the user in.
    /// Fails with <c>VALIDATION</c> (bad e-mail, display name or password) or <c>EMAIL_TAKEN</c>.
    /// </summary>
    public async ValueTask<AccountResult<AuthResult>> RegisterAsync(string? email, string? password, string? displayName, CancellationToken ct = default)
    {
        var normalized = EmailAddress.Normalize(email, out var emailProblem);
        if (normalized is null) return AccountError.Validation("email", emailProblem!);
        var name = User.NormalizeDisplayName(displayName, out var nameProblem);
        if (name is null) return AccountError.Validation("displayName", nameProblem!);
        var passwordProblem = _options.PasswordPolicy.Check(password);
        if (passwordProblem is not null) return AccountError.Validation("password", passwordProblem);

        var user = new User
        {
            Id = SecretToken.NewId(_random),
            Email = normalized,
            DisplayName = name,
            Roles = [Role.Learner],
            CreatedAt = Now,
            PasswordHash = _hasher.Hash(password!),
        };
        if (await _users.AddAsync(user, ct).ConfigureAwait(false) != UserWriteResult.Ok)
            return new AccountError(AccountErrorCodes.EmailTaken, "An account with this email already exists.", "email");

        await SendVerificationAsync(user, ct).ConfigureAwait(false);
        return new AuthResult(user, await StartChainAsync(user.Id, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Signs in with e-mail and password and starts a new refresh chain (one per device). Unknown e-mail and wrong
    /// password both give <c>INVALID_CREDENTIALS</c> after the same hashing work. An outdated hash is upgraded.
    /// </summary>
    public async ValueTask<AccountResult<AuthResult>> LoginAsync(string? email, string? password, CancellationToken ct = default)
    {
        var normalized = EmailAddress.Normalize(email, out _);
        var user = normalized is null ? null : await _users.FindByEmailAsync(normalized, ct).ConfigureAwait(false);
        var candidate = password ?? string.Empty;
        if (candidate.Length > _options.PasswordPolicy.MaxLength) candidate = string.Empty;
        var verdict = _hasher.Verify(candidate, user?.PasswordHash ?? _dummyHash.Value);
        if (user is null || verdict == PasswordVerification.Failed || candidate.Length == 0) return AccountError.InvalidCredentials;

        if (verdict == PasswordVerification.SuccessRehashNeeded)
        {
            user = user.WithPasswordHash(_hasher.Hash(candidate));
            await _users.UpdateAsync(user, ct).ConfigureAwait(false);
        }
        return new AuthResult(user, await StartChainAsync(user.Id, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Exchanges a refresh token for the next one in its chain. A spent token presented again revokes the whole chain
    /// (<c>TOKEN_REUSED</c>); unknown or revoked tokens give <c>TOKEN_INVALID</c>, expired ones <c>TOKEN_EXPIRED</c>.
    /// </summary>
    public async ValueTask<AccountResult<AuthResult>> RefreshAsync(string? refreshToken, CancellationToken ct = default)
    {
        if (!SecretToken.LooksValid(refreshToken)) return AccountError.TokenInvalid;
        var hash = SecretToken.Hash(refreshToken!);
        var stored = await _refreshTokens.FindAsync(hash, ct).ConfigureAwait(false);
        if (stored is null || stored.RevokedAt is not null) return AccountError.TokenInvalid;
        var now = Now;
        if (stored.SpentAt is not null) return await ReuseDetectedAsync(stored.FamilyId, now, ct).ConfigureAwait(false);
        if (now >= stored.ExpiresAt) return AccountError.TokenExpired;

        var user = await _users.FindByIdAsync(stored.UserId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.TokenInvalid;
        var (issued, next) = NewLink(user.Id, stored.FamilyId);
        // Compare-and-set: of two racing refreshes with one token, one wins and the other is treated as reuse.
        if (!await _refreshTokens.TrySpendAsync(hash, next.TokenHash, now, ct).ConfigureAwait(false))
            return await ReuseDetectedAsync(stored.FamilyId, now, ct).ConfigureAwait(false);
        await _refreshTokens.AddAsync(next, ct).ConfigureAwait(false);
        return new AuthResult(user, issued);
    }

    /// <summary>
    /// Signs out the device holding <paramref name="refreshToken"/> (its chain), or every device of that user when
    /// <paramref name="allDevices"/>. Returns how many tokens were revoked; an unknown token gives <c>TOKEN_INVALID</c>.
    /// </summary>
    public async ValueTask<AccountResult<int>> LogoutAsync(string? refreshToken, bool allDevices, CancellationToken ct = default)
    {
        if (!SecretToken.LooksValid(refreshToken)) return AccountError.TokenInvalid;
        var stored = await _refreshTokens.FindAsync(SecretToken.Hash(refreshToken!), ct).ConfigureAwait(false);
        if (stored is null) return AccountError.TokenInvalid;
        return allDevices
            ? await _refreshTokens.RevokeAllForUserAsync(stored.UserId, Now, ct).ConfigureAwait(false)
            : await _refreshTokens.RevokeFamilyAsync(stored.FamilyId, Now, ct).ConfigureAwait(false);
    }

    /// <summary>Signs out every device of an authenticated user; returns how many tokens were revoked.</summary>
    public async ValueTask<AccountResult<int>> LogoutAllAsync(string userId, CancellationToken ct = default)
    {
        if (await _users.FindByIdAsync(userId, ct).ConfigureAwait(false) is null) return AccountError.NotFound;
        return await _refreshTokens.RevokeAllForUserAsync(userId, Now, ct).ConfigureAwait(false);
    }

    private async ValueTask<AccountError> ReuseDetectedAsync(string familyId, DateTimeOffset now, CancellationToken ct)
    {
        await _refreshTokens.RevokeFamilyAsync(familyId, now, ct).ConfigureAwait(false);
        return new AccountError(AccountErrorCodes.TokenReused, "This refresh token was already used; the session has been signed out for safety.");
    }
}
