using StudyGraph.Api.Errors;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Accounts;

/// <summary>Turns the Domain's <see cref="AccountError"/> into payload errors of the schema's <c>UserError</c> types.</summary>
public static class AccountErrors
{
    /// <summary>
    /// EMAIL_TAKEN -> EmailTakenError, INVALID_CREDENTIALS -> InvalidCredentialsError, TOKEN_* -> TokenError,
    /// NOT_FOUND -> NotFoundError, VALIDATION (and anything else) -> ValidationError naming <c>input.{field}</c>.
    /// </summary>
    public static UserError ToUserError(AccountError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            AccountErrorCodes.EmailTaken => new UserError("EmailTakenError", error.Message, error.Code),
            AccountErrorCodes.InvalidCredentials => new UserError("InvalidCredentialsError", error.Message, error.Code),
            AccountErrorCodes.TokenInvalid or AccountErrorCodes.TokenExpired or AccountErrorCodes.TokenReused => new UserError("TokenError", error.Message, error.Code),
            AccountErrorCodes.NotFound => UserError.NotFound(error.Message),
            _ => UserError.Validation(error.Message, error.Field is null ? null : "input." + error.Field),
        };
    }
}
