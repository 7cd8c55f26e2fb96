namespace StudyGraph.Domain.Accounts;

/// <summary>What a single-use e-mailed token proves.</summary>
public enum OneTimeTokenPurpose
{
    /// <summary>The user owns the e-mail address.</summary>
    EmailVerification,

    /// <summary>The user may set a new password.</summary>
    PasswordReset,
}
