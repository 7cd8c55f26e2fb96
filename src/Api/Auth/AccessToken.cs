namespace StudyGraph.Api.Auth;

/// <summary>A signed access token (a JWT) and the instant it expires.</summary>
/// <param name="Token">The compact JWT, for <c>Authorization: Bearer</c>.</param>
/// <param name="ExpiresAt">Its <c>exp</c>.</param>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
