namespace StudyGraph.Domain.Accounts;

/// <summary>An expected failure of an account operation, as a value.</summary>
/// <param name="Code">One of <see cref="AccountErrorCodes"/>.</param>
/// <param name="Message">A message fit to show the user.</param>
/// <param name="Field">The input field at fault, for <see cref="AccountErrorCodes.Validation"/>.</param>
public sealed record AccountError(string Code, string Message, string? Field = null)
{
    internal static AccountError Validation(string field, string message) => new(AccountErrorCodes.Validation, message, field);

    internal static AccountError InvalidCredentials { get; } = new(AccountErrorCodes.InvalidCredentials, "The email or password is incorrect.");

    internal static AccountError TokenInvalid { get; } = new(AccountErrorCodes.TokenInvalid, "The token is not valid.");

    internal static AccountError TokenExpired { get; } = new(AccountErrorCodes.TokenExpired, "The token has expired.");

    internal static AccountError NotFound { get; } = new(AccountErrorCodes.NotFound, "No such user.");
}
