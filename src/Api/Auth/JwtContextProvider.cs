using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using StudyGraph.Api.Context;
using StudyGraph.GraphQL.AspNetCore;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Auth;

/// <summary>
/// The request context of every GraphQL request. HTTP: the viewer JwtBearer validated from <c>Authorization: Bearer</c>;
/// no token means anonymous, and a token that is refused (bad signature, expired, wrong issuer or audience, another
/// algorithm) answers <b>401</b> with <c>UNAUTHENTICATED</c>, so a client learns to refresh instead of silently being
/// anonymous. WebSockets: the <c>connection_init</c> payload's <c>Authorization</c> / <c>authorization</c>
/// (<c>Bearer x</c>) or <c>token</c> key (else the upgrade request's header); a refused token rejects the connection
/// (close 4403), no token admits it anonymously.
/// </summary>
public sealed class JwtContextProvider(AccessTokenValidator validator) : IGraphQLRequestContextProvider
{
    /// <inheritdoc />
    public async ValueTask<object?> CreateHttpContextAsync(HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (viewer, problem, _) = await FromHeaderAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            throw new GraphQLException($"Unauthenticated: {problem}; refresh it or sign in again.", ErrorCodes.Unauthenticated);
        }
        return RequestContext.Create(viewer, ClientAddress.Of(http));
    }

    /// <inheritdoc />
    public async ValueTask<ConnectionInitResult> OnConnectionInitAsync(HttpContext http, JsonElement? payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        Viewer? viewer;
        string? problem;
        DateTimeOffset? expiresAt;
        if (!TryReadToken(payload, out var token, out problem))
        {
            return ConnectionInitResult.Reject(problem!);
        }
        if (token is not null) (viewer, problem, expiresAt) = await validator.ValidateAsync(token).ConfigureAwait(false);
        else (viewer, problem, expiresAt) = await FromHeaderAsync(http).ConfigureAwait(false);
        // The connection lives as long as its token: at expiry the server closes it with 4403 and the client reconnects
        // with a fresh token (a token's viewer must not outlive it on a long-lived socket).
        return problem is not null
            ? ConnectionInitResult.Reject(problem)
            : ConnectionInitResult.Accept(RequestContext.Create(viewer, ClientAddress.Of(http))) with
            {
                ExpiresAt = expiresAt,
                ExpiredReason = "the access token has expired; reconnect with a fresh one",
            };
    }

    /// <summary>
    /// The token of a <c>connection_init</c> payload: <c>Authorization</c> or <c>authorization</c> (with or without
    /// <c>Bearer </c>), or <c>token</c>; null when none is given. False (with a problem) when the key holds no string.
    /// </summary>
    public static bool TryReadToken(JsonElement? payload, out string? token, out string? problem)
    {
        token = null;
        problem = null;
        if (payload is not { ValueKind: JsonValueKind.Object } p) return true;
        foreach (var key in (ReadOnlySpan<string>)["Authorization", "authorization", "token"])
        {
            if (!p.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) continue;
            if (value.ValueKind != JsonValueKind.String)
            {
                problem = $"the connection_init payload's '{key}' must be a string";
                return false;
            }
            var text = value.GetString()!.Trim();
            if (text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) text = text[7..].Trim();
            if (text.Length == 0)
            {
                problem = $"the connection_init payload's '{key}' is empty";
                return false;
            }
            token = text;
            return true;
        }
        return true;
    }

    private async ValueTask<(Viewer? Viewer, string? Problem, DateTimeOffset? ExpiresAt)> FromHeaderAsync(HttpContext http)
    {
        // The authentication middleware ran already; the handler caches its result, so this does not validate twice.
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
        if (result.Succeeded)
        {
            var viewer = ViewerClaims.From(result.Principal);
            return viewer is null
                ? (null, "the access token names no user", null)
                : (viewer, null, result.Principal.Identities.Select(validator.ExpiryOf).FirstOrDefault(e => e is not null));
        }
        if (result.None) return (null, null, null);
        return (null, result.Failure is SecurityTokenExpiredException ? "the access token has expired" : "the access token is invalid", null);
    }
}
