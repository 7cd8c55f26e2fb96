using System.Security.Claims;
using StudyGraph.Api.Context;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Auth;

/// <summary>Turns a validated token's claims into a <see cref="Viewer"/>.</summary>
public static class ViewerClaims
{
    /// <summary>The viewer of <paramref name="identity"/> (<c>sub</c> and <c>roles</c>), or null without a <c>sub</c>.</summary>
    public static Viewer? From(ClaimsIdentity? identity)
    {
        if (identity is null || !identity.IsAuthenticated) return null;
        string? userId = null;
        var roles = new List<Role>(1);
        foreach (var claim in identity.Claims)
        {
            if (claim.Type == "sub") userId = claim.Value;
            else if (claim.Type == RoleNames.Claim && RoleNames.TryParse(claim.Value, out var role) && !roles.Contains(role)) roles.Add(role);
        }
        return string.IsNullOrEmpty(userId) ? null : new Viewer(userId, roles);
    }

    /// <summary>The viewer of the first identity of <paramref name="principal"/> that names a user.</summary>
    public static Viewer? From(ClaimsPrincipal? principal)
    {
        if (principal is null) return null;
        foreach (var identity in principal.Identities)
        {
            if (From(identity) is { } viewer) return viewer;
        }
        return null;
    }
}
