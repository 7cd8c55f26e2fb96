namespace StudyGraph.Domain.Accounts;

/// <summary>What a successful register, login or refresh returns; the API adds a JWT for <see cref="User"/>.</summary>
/// <param name="User">The signed-in user.</param>
/// <param name="RefreshToken">The new refresh token for the client to keep.</param>
public sealed record AuthResult(User User, IssuedRefreshToken RefreshToken);
