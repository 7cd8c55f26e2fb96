using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Security;

/// <summary>Hand-made JWTs (header and claims chosen by the test), signed with HMAC or not at all.</summary>
public static class TestTokens
{
    public static byte[] TestKey => Encoding.UTF8.GetBytes(ApiHost.TestSigningKey);

    /// <summary>Claims like the server's: sub, roles, iat/nbf/exp around now, issuer and audience "studygraph".</summary>
    public static Dictionary<string, object> Claims(string sub, TimeSpan? expiresIn = null, string issuer = "studygraph", string audience = "studygraph")
    {
        var now = DateTimeOffset.UtcNow;
        var exp = now + (expiresIn ?? TimeSpan.FromMinutes(10));
        return new Dictionary<string, object>
        {
            ["sub"] = sub,
            ["roles"] = new[] { "LEARNER" },
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = (exp - TimeSpan.FromMinutes(15)).ToUnixTimeSeconds(),
            ["nbf"] = (exp - TimeSpan.FromMinutes(15)).ToUnixTimeSeconds(),
            ["exp"] = exp.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
    }

    /// <summary>A token signed with <paramref name="alg"/> (HS256, HS384, HS512) and <paramref name="key"/> (the test key by default).</summary>
    public static string Signed(Dictionary<string, object> claims, string alg = "HS256", byte[]? key = null)
    {
        var unsigned = Part(new { alg, typ = "JWT" }) + "." + Part(claims);
        key ??= TestKey;
        byte[] mac = alg switch
        {
            "HS256" => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned)),
            "HS384" => HMACSHA384.HashData(key, Encoding.ASCII.GetBytes(unsigned)),
            "HS512" => HMACSHA512.HashData(key, Encoding.ASCII.GetBytes(unsigned)),
            _ => throw new ArgumentException(alg),
        };
        return unsigned + "." + Base64UrlEncoder.Encode(mac);
    }

    /// <summary>An unsigned token (<c>alg: none</c>, empty signature).</summary>
    public static string Unsigned(Dictionary<string, object> claims) => Part(new { alg = "none", typ = "JWT" }) + "." + Part(claims) + ".";

    /// <summary><paramref name="token"/> with one claim changed and the original signature kept.</summary>
    public static string Tampered(string token, string claim, object value)
    {
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(parts[1]))!;
        payload[claim] = value;
        return parts[0] + "." + Part(payload) + "." + parts[2];
    }

    /// <summary>The decoded payload of a token.</summary>
    public static JsonElement Payload(string token) => JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[1])).RootElement.Clone();

    /// <summary>The decoded header of a token.</summary>
    public static JsonElement Header(string token) => JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[0])).RootElement.Clone();

    private static string Part(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
