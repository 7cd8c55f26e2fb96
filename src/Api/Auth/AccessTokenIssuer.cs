using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Auth;

/// <summary>Issues HS256 access tokens with <c>sub</c>, <c>roles</c>, <c>iat</c>, <c>nbf</c>, <c>exp</c>, <c>jti</c>, <c>iss</c> and <c>aud</c>.</summary>
public sealed class AccessTokenIssuer
{
    private readonly JwtSettings _settings;
    private readonly TimeProvider _time;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Creates the issuer.</summary>
    public AccessTokenIssuer(JwtSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _time = time;
        _credentials = new SigningCredentials(new SymmetricSecurityKey(settings.SigningKey), SecurityAlgorithms.HmacSha256);
    }

    /// <summary>An access token for <paramref name="user"/>, valid for the configured lifetime from now.</summary>
    public AccessToken Issue(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = _time.GetUtcNow();
        var expires = now + _settings.AccessTokenLifetime;
        var roles = new string[user.Roles.Count];
        for (var i = 0; i < roles.Length; i++) roles[i] = RoleNames.Of(user.Roles[i]);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _settings.Issuer,
            Audience = _settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = user.Id,
                [JwtRegisteredClaimNames.Jti] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
                [RoleNames.Claim] = roles,
            },
        });
        // exp has whole seconds: report what the token says.
        return new AccessToken(token, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }
}
