namespace StudyGraph.Domain.Accounts;

/// <summary>Stable codes of <see cref="AccountError"/>; the API puts them in <c>extensions.code</c>.</summary>
public static class AccountErrorCodes
{
    /// <summary>An input is missing or malformed; <see cref="AccountError.Field"/> names it.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>Registration with an e-mail that already has an account.</summary>
    public const string EmailTaken = "EMAIL_TAKEN";

    /// <summary>Unknown e-mail or wrong password (deliberately not told apart).</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>A spent refresh token was presented again; its whole chain is now revoked.</summary>
    public const string TokenReused = "TOKEN_REUSED";

    /// <summary>The token was valid once but has expired.</summary>
    public const string TokenExpired = "TOKEN_EXPIRED";

    /// <summary>The token is unknown, revoked, already used, or for another purpose.</summary>
    public const string TokenInvalid = "TOKEN_INVALID";

    /// <summary>No such user.</summary>
    public const string NotFound = "NOT_FOUND";
}
