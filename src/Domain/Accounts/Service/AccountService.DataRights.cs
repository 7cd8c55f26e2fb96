namespace StudyGraph.Domain.Accounts;

public sealed partial class AccountService
{
    /// <summary>Everything held about <paramref name="userId"/>: profile, device logins and every <see cref="IUserDataPort"/> section.</summary>
    public async ValueTask<AccountResult<AccountExport>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var user = await _users.FindByIdAsync(userId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.NotFound;
        var now = Now;
        var tokens = await _refreshTokens.ListForUserAsync(userId, ct).ConfigureAwait(false);
        var sections = new List<UserDataSection>(_dataPorts.Count);
        foreach (var port in _dataPorts)
        {
            sections.Add(new UserDataSection(port.Section, await port.ExportAsync(userId, ct).ConfigureAwait(false)));
        }
        return new AccountExport(1, now, UserProfileExport.From(user), Devices(tokens, now), sections);
    }

    /// <summary>
    /// Deletes the account after checking <paramref name="password"/> (the current password, as confirmation);
    /// <c>INVALID_CREDENTIALS</c> when it is wrong. See <see cref="DeleteAsync(string, CancellationToken)"/>.
    /// </summary>
    public async ValueTask<AccountResult<AccountDeletionReport>> DeleteAsync(string userId, string? password, CancellationToken ct = default)
    {
        var user = await _users.FindByIdAsync(userId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.NotFound;
        var candidate = password ?? string.Empty;
        if (candidate.Length == 0 || candidate.Length > _options.PasswordPolicy.MaxLength
            || _hasher.Verify(candidate, user.PasswordHash) == PasswordVerification.Failed)
            return AccountError.InvalidCredentials;
        return await DeleteAsync(userId, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the account: every data port erases (deletes, or anonymizes what feeds shared aggregates), then e-mail
    /// tokens, refresh tokens and the user are deleted. The user goes last so a failed run can simply be repeated.
    /// </summary>
    public async ValueTask<AccountResult<AccountDeletionReport>> DeleteAsync(string userId, CancellationToken ct = default)
    {
        if (await _users.FindByIdAsync(userId, ct).ConfigureAwait(false) is null) return AccountError.NotFound;
        var anonymousId = "anon-" + SecretToken.NewId(_random);
        var outcomes = new List<ErasureOutcome>(_dataPorts.Count + 3);
        foreach (var port in _dataPorts)
        {
            outcomes.Add(await port.EraseAsync(userId, anonymousId, ct).ConfigureAwait(false));
        }
        outcomes.Add(new ErasureOutcome("oneTimeTokens", await _oneTimeTokens.DeleteAllForUserAsync(userId, ct).ConfigureAwait(false), 0));
        outcomes.Add(new ErasureOutcome("refreshTokens", await _refreshTokens.DeleteAllForUserAsync(userId, ct).ConfigureAwait(false), 0));
        outcomes.Add(new ErasureOutcome("profile", await _users.DeleteAsync(userId, ct).ConfigureAwait(false) ? 1 : 0, 0));
        return new AccountDeletionReport(userId, Now, outcomes);
    }

    private static List<DeviceLoginExport> Devices(IReadOnlyList<RefreshToken> tokens, DateTimeOffset now)
    {
        var byFamily = new Dictionary<string, (DateTimeOffset First, RefreshToken Newest)>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (!byFamily.TryGetValue(t.FamilyId, out var entry)) byFamily[t.FamilyId] = (t.IssuedAt, t);
            else
            {
                byFamily[t.FamilyId] = (t.IssuedAt < entry.First ? t.IssuedAt : entry.First, t.IssuedAt >= entry.Newest.IssuedAt ? t : entry.Newest);
            }
        }
        var list = new List<DeviceLoginExport>(byFamily.Count);
        foreach (var (family, (first, newest)) in byFamily)
        {
            list.Add(new DeviceLoginExport(family, first, newest.IssuedAt, newest.ExpiresAt, newest.IsActive(now)));
        }
        list.Sort((a, b) => a.SignedInAt.CompareTo(b.SignedInAt));
        return list;
    }
}
