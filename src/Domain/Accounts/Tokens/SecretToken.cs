using System.Security.Cryptography;
using System.Text;

namespace StudyGraph.Domain.Accounts;

/// <summary>
/// Opaque bearer secrets (refresh tokens, e-mail links): 256 random bits as base64url for the client, and only their
/// SHA-256 (lower-case hex) kept at rest, so a leaked table cannot be replayed.
/// </summary>
public static class SecretToken
{
    /// <summary>Random bytes per token.</summary>
    public const int Bytes = 32;

    /// <summary>Creates a new token string from <paramref name="random"/>.</summary>
    public static string Create(IRandomBytes random)
    {
        Span<byte> raw = stackalloc byte[Bytes];
        random.Fill(raw);
        return Convert.ToBase64String(raw).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The storage key of <paramref name="token"/>: SHA-256 of its UTF-8 bytes as lower-case hex.</summary>
    public static string Hash(string token)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>A random lower-case hex id of <paramref name="bytes"/> bytes, for users and token families.</summary>
    public static string NewId(IRandomBytes random, int bytes = 16)
    {
        Span<byte> raw = stackalloc byte[bytes];
        random.Fill(raw);
        return Convert.ToHexStringLower(raw);
    }

    /// <summary>True when <paramref name="token"/> has the shape of a token this class creates (cheap pre-check, bounds input).</summary>
    public static bool LooksValid(string? token) => token is { Length: >= 40 and <= 64 };
}
