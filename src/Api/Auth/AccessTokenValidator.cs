using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StudyGraph.Api.Context;

namespace StudyGraph.Api.Auth;

/// <summary>
/// Validates access tokens outside the HTTP pipeline (the WebSocket <c>connection_init</c> payload) with exactly the
/// rules JwtBearer applies to HTTP requests (<see cref="Parameters"/>): signature with the configured key, algorithm
/// HS256 only, issuer, audience, lifetime (against the system clock) with a small clock skew.
/// </summary>
public sealed class AccessTokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Creates the validator.</summary>
    public AccessTokenValidator(JwtSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Parameters = CreateParameters(settings);
    }

    /// <summary>The validation rules (shared with the JwtBearer handler).</summary>
    public TokenValidationParameters Parameters { get; }

    /// <summary>
    /// The viewer <paramref name="token"/> stands for and when the token stops being accepted (its <c>exp</c> plus the clock
    /// skew), or no viewer and the reason it is refused.
    /// </summary>
    public async ValueTask<(Viewer? Viewer, string? Problem, DateTimeOffset? ExpiresAt)> ValidateAsync(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length > 8192) return (null, "the access token is too long", null);
        var result = await _handler.ValidateTokenAsync(token, Parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return (null, result.Exception is SecurityTokenExpiredException ? "the access token has expired" : "the access token is invalid", null);
        }
        var viewer = ViewerClaims.From(result.ClaimsIdentity);
        return viewer is null ? (null, "the access token names no user", null) : (viewer, null, ExpiryOf(result.ClaimsIdentity));
    }

    /// <summary>When a validated token's identity stops being accepted: its <c>exp</c> claim plus the clock skew; null without one.</summary>
    public DateTimeOffset? ExpiryOf(System.Security.Claims.ClaimsIdentity? identity)
    {
        var exp = identity?.FindFirst("exp")?.Value;
        return long.TryParse(exp, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) + Parameters.ClockSkew
            : null;
    }

    /// <summary>The rules: HS256 with the configured key, issuer, audience, required and checked lifetime.</summary>
    public static TokenValidationParameters CreateParameters(JwtSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = settings.Issuer,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(settings.SigningKey),
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            TryAllIssuerSigningKeys = true, // one key; tokens carry no kid
            NameClaimType = "sub",
            RoleClaimType = RoleNames.Claim,
        };
    }
}
