namespace StudyGraph.Domain.Accounts;

/// <summary>The profile part of an export: everything of <see cref="User"/> except the password hash.</summary>
/// <param name="Id">User id.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Roles">Role names (<c>LEARNER</c>, <c>AUTHOR</c>, <c>ADMIN</c>).</param>
/// <param name="EmailVerified">Whether the e-mail is verified.</param>
/// <param name="Preferences">Study preferences.</param>
/// <param name="CreatedAt">When the account was created.</param>
public sealed record UserProfileExport(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool EmailVerified,
    StudyPreferences Preferences,
    DateTimeOffset CreatedAt)
{
    /// <summary>The export view of <paramref name="user"/>.</summary>
    public static UserProfileExport From(User user)
    {
        var roles = new string[user.Roles.Count];
        for (var i = 0; i < roles.Length; i++) roles[i] = user.Roles[i].ToString().ToUpperInvariant();
        return new(user.Id, user.Email, user.DisplayName, roles, user.EmailVerified, user.Preferences, user.CreatedAt);
    }
}
