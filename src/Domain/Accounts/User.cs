namespace StudyGraph.Domain.Accounts;

/// <summary>
/// A registered account. Immutable: the guarded <c>With…</c>/<c>Mark…</c> methods return the changed copy that the
/// service saves through <see cref="IUserRepository"/>.
/// </summary>
public sealed record User
{
    /// <summary>Opaque, stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Normalized e-mail (see <see cref="EmailAddress.Normalize"/>); unique across users.</summary>
    public required string Email { get; init; }

    /// <summary>Name shown to the learner and to authors.</summary>
    public required string DisplayName { get; init; }

    /// <summary>What the user may do; never empty.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }

    /// <summary>Whether the user proved they own <see cref="Email"/>.</summary>
    public bool EmailVerified { get; init; }

    /// <summary>Study preferences (targets, time zone).</summary>
    public StudyPreferences Preferences { get; init; } = StudyPreferences.Default;

    /// <summary>When the account was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Self-describing password hash (see <see cref="Pbkdf2PasswordHasher"/>). Never exported.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>Longest display name accepted.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>True when the user holds <paramref name="role"/>.</summary>
    public bool HasRole(Role role)
    {
        foreach (var r in Roles)
        {
            if (r == role) return true;
        }
        return false;
    }

    /// <summary>Returns the user with the e-mail marked verified.</summary>
    public User MarkEmailVerified() => this with { EmailVerified = true };

    /// <summary>Returns the user with a new password hash.</summary>
    public User WithPasswordHash(string hash) => this with { PasswordHash = hash };

    /// <summary>Returns the user with a new display name and/or preferences (nulls keep the current value).</summary>
    public User WithProfile(string? displayName, StudyPreferences? preferences) =>
        this with { DisplayName = displayName ?? DisplayName, Preferences = preferences ?? Preferences };

    /// <summary>Returns the user with exactly <paramref name="roles"/> (at least one, no duplicates).</summary>
    public User WithRoles(IReadOnlyList<Role> roles)
    {
        if (roles.Count == 0) throw new ArgumentException("A user needs at least one role.", nameof(roles));
        return this with { Roles = roles.Distinct().ToArray() };
    }

    /// <summary>Trims <paramref name="input"/> and checks it is a usable display name.</summary>
    public static string? NormalizeDisplayName(string? input, out string? problem)
    {
        var value = (input ?? string.Empty).Trim();
        problem = value.Length == 0 ? "Display name is required."
            : value.Length > MaxDisplayNameLength ? $"Display name must be at most {MaxDisplayNameLength} characters."
            : HasControl(value) ? "Display name must not contain control characters."
            : null;
        return problem is null ? value : null;
    }

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c)) return true;
        }
        return false;
    }
}
