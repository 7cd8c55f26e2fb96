namespace StudyGraph.Domain.Accounts;

/// <summary>Normalizes and validates e-mail addresses: trimmed, lower-cased, one <c>@</c>, a dotted domain, bounded length.</summary>
public static class EmailAddress
{
    /// <summary>The longest address accepted (RFC 5321 path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>
    /// Returns the normalized form of <paramref name="input"/>, or <see langword="null"/> with a reason in
    /// <paramref name="problem"/> when it is not a plausible address.
    /// </summary>
    public static string? Normalize(string? input, out string? problem)
    {
        problem = null;
        var value = (input ?? string.Empty).Trim().ToLowerInvariant();
        if (value.Length == 0) { problem = "Email is required."; return null; }
        if (value.Length > MaxLength) { problem = $"Email must be at most {MaxLength} characters."; return null; }
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            problem = "Email must look like name@example.com.";
            return null;
        }
        var local = value.AsSpan(0, at);
        var domain = value.AsSpan(at + 1);
        if (local.Length > 64) { problem = "The part before @ must be at most 64 characters."; return null; }
        if (!IsValidLocal(local) || !IsValidDomain(domain))
        {
            problem = "Email must look like name@example.com.";
            return null;
        }
        return value;
    }

    private static bool IsValidLocal(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in local)
        {
            if (c <= ' ' || c >= 127 || c is '(' or ')' or '<' or '>' or ',' or ';' or ':' or '\\' or '"' or '[' or ']') return false;
        }
        return true;
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IndexOf('.') <= 0 || domain[^1] == '.' || domain.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in domain)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')) return false;
        }
        return true;
    }
}
