using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Context;

/// <summary>The signed-in user of a request, as the access token states it.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Roles">The user's roles.</param>
public sealed record Viewer(string UserId, IReadOnlyList<Role> Roles)
{
    /// <summary>Whether the viewer has <paramref name="role"/>.</summary>
    public bool IsInRole(Role role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role) return true;
        }
        return false;
    }

    /// <summary>Authors and admins see answer keys and question statistics.</summary>
    public bool IsStaff => IsInRole(Role.Author) || IsInRole(Role.Admin);
}
