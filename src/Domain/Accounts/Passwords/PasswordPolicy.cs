namespace StudyGraph.Domain.Accounts;

/// <summary>What a new password must satisfy. Length is counted in UTF-16 code units; every character is allowed.</summary>
/// <param name="MinLength">The shortest accepted password (default 10).</param>
/// <param name="MaxLength">The longest accepted password (default 256, bounds the hashing work a client can ask for).</param>
public sealed record PasswordPolicy(int MinLength = 10, int MaxLength = 256)
{
    /// <summary>The default policy.</summary>
    public static PasswordPolicy Default { get; } = new();

    /// <summary>Returns a message a user can act on, or <see langword="null"/> when <paramref name="password"/> is acceptable.</summary>
    public string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password)) return "Password is required.";
        if (password.Length < MinLength) return $"Password must be at least {MinLength} characters long.";
        if (password.Length > MaxLength) return $"Password must be at most {MaxLength} characters long.";
        if (string.IsNullOrWhiteSpace(password)) return "Password must not be only spaces.";
        return null;
    }
}
