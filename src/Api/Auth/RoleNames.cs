using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Auth;

/// <summary>Role names in tokens (<c>LEARNER</c>, <c>AUTHOR</c>, <c>ADMIN</c>, the schema's enum values) and the claim carrying them.</summary>
public static class RoleNames
{
    /// <summary>The claim holding the roles (an array).</summary>
    public const string Claim = "roles";

    /// <summary>The name of <paramref name="role"/>.</summary>
    public static string Of(Role role) => role switch
    {
        Role.Learner => "LEARNER",
        Role.Author => "AUTHOR",
        Role.Admin => "ADMIN",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>The role named <paramref name="name"/> (ignoring case); false for an unknown name.</summary>
    public static bool TryParse(string? name, out Role role)
    {
        role = default;
        if (string.Equals(name, "LEARNER", StringComparison.OrdinalIgnoreCase)) role = Role.Learner;
        else if (string.Equals(name, "AUTHOR", StringComparison.OrdinalIgnoreCase)) role = Role.Author;
        else if (string.Equals(name, "ADMIN", StringComparison.OrdinalIgnoreCase)) role = Role.Admin;
        else return false;
        return true;
    }
}
