namespace StudyGraph.Domain.Accounts;

/// <summary>The outcome of <see cref="IPasswordHasher.Verify"/>.</summary>
public enum PasswordVerification
{
    /// <summary>The password does not match (or the stored hash is unreadable).</summary>
    Failed,

    /// <summary>The password matches and the hash uses the current parameters.</summary>
    Success,

    /// <summary>The password matches but the hash uses older parameters: store a fresh hash.</summary>
    SuccessRehashNeeded,
}
