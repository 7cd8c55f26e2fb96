using StudyGraph.Api.Errors;
using StudyGraph.Api.Relay;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Sessions;

/// <summary>Domain session errors as payload <see cref="UserError"/>s or as GraphQL errors with <c>extensions.code</c>.</summary>
public static class SessionErrorMapping
{
    /// <summary>The payload error for <paramref name="error"/>.</summary>
    public static UserError ToUserError(DomainError error, StudySession? session = null) => error.Code switch
    {
        ErrorCodes.Validation => UserError.Validation(error.Message, error.Path is null ? null : "input." + error.Path),
        ErrorCodes.NotFound => UserError.NotFound(error.Message),
        ErrorCodes.StaleAnswer => new UserError("StaleAnswerError", error.Message, error.Code)
        {
            CurrentQuestionId = session?.Current is { } p ? GlobalId.Encode("Question", p.QuestionId) : null,
        },
        ErrorCodes.SessionExpired => new UserError("SessionExpiredError", error.Message, error.Code) { Deadline = session?.Deadline },
        ErrorCodes.SessionNotActive => new UserError("SessionNotActiveError", error.Message, error.Code) { Status = session?.Status ?? SessionStatus.Completed },
        ErrorCodes.Conflict => new UserError("ConflictError", error.Message, error.Code),
        _ => new UserError("ValidationError", error.Message, error.Code),
    };

    /// <summary>The GraphQL error for <paramref name="error"/> (submitAnswer, whose outcome fields are non-null).</summary>
    public static GraphQLException ToException(DomainError error, StudySession? session = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Path is not null) extensions["field"] = "input." + error.Path;
        if (error.Code == ErrorCodes.StaleAnswer && session?.Current is { } p) extensions["currentQuestionId"] = GlobalId.Encode("Question", p.QuestionId);
        if (error.Code == ErrorCodes.SessionExpired && session?.Deadline is { } d) extensions["deadline"] = d.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (error.Code == ErrorCodes.SessionNotActive && session is not null) extensions["status"] = Schema.Names.Enum(session.Status);
        return new GraphQLException(error.Message, extensions);
    }
}
