using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Accounts;

/// <summary>The payload of <c>register</c>, <c>login</c> and <c>refreshToken</c>: the tokens and the user, or errors.</summary>
/// <param name="AccessToken">The JWT access token, or null on failure.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
/// <param name="RefreshToken">The new refresh token (keep it; each is spent by one refresh).</param>
/// <param name="User">The signed-in user.</param>
/// <param name="Errors">Expected failures.</param>
public sealed record AuthPayload(string? AccessToken, DateTimeOffset? AccessTokenExpiresAt, string? RefreshToken, UserNode? User, IReadOnlyList<UserError> Errors)
{
    /// <summary>A failed payload.</summary>
    public static AuthPayload Failed(UserError error) => new(null, null, null, null, [error]);
}
