namespace StudyGraph.Domain.Accounts;

public sealed partial class AccountService
{
    /// <summary>Changes display name and/or study preferences; <c>VALIDATION</c> for out-of-range values.</summary>
    public async ValueTask<AccountResult<User>> UpdateProfileAsync(string userId, ProfileUpdate update, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var user = await _users.FindByIdAsync(userId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.NotFound;
        string? name = null;
        if (update.DisplayName is not null)
        {
            name = User.NormalizeDisplayName(update.DisplayName, out var problem);
            if (name is null) return AccountError.Validation("displayName", problem!);
        }
        var preferences = update.ApplyTo(user.Preferences);
        if (preferences.Validate() is { } prefProblem) return AccountError.Validation("preferences", prefProblem);
        user = user.WithProfile(name, preferences);
        return await _users.UpdateAsync(user, ct).ConfigureAwait(false) == UserWriteResult.Ok ? user : AccountError.NotFound;
    }

    /// <summary>Replaces the roles of <paramref name="userId"/> (an admin operation; the API checks the caller).</summary>
    public async ValueTask<AccountResult<User>> SetRolesAsync(string userId, IReadOnlyList<Role> roles, CancellationToken ct = default)
    {
        if (roles.Count == 0) return AccountError.Validation("roles", "A user needs at least one role.");
        var user = await _users.FindByIdAsync(userId, ct).ConfigureAwait(false);
        if (user is null) return AccountError.NotFound;
        user = user.WithRoles(roles);
        return await _users.UpdateAsync(user, ct).ConfigureAwait(false) == UserWriteResult.Ok ? user : AccountError.NotFound;
    }
}
