using StudyGraph.Domain.Sessions;

namespace StudyGraph.Api.Errors;

/// <summary>
/// An expected failure of a mutation, listed in its payload's <c>errors</c>. <see cref="TypeName"/> is the schema type
/// implementing <c>UserError</c> (ValidationError, NotFoundError, ...); the optional members belong to some types only.
/// </summary>
/// <param name="TypeName">The schema type, e.g. <c>ValidationError</c>.</param>
/// <param name="Message">What went wrong, for people.</param>
/// <param name="Code">A stable code, e.g. <c>VALIDATION</c>.</param>
public sealed record UserError(string TypeName, string Message, string Code)
{
    /// <summary>ValidationError: the input field at fault, e.g. <c>input.password</c>.</summary>
    public string? Field { get; init; }

    /// <summary>StaleAnswerError: the question to answer now.</summary>
    public string? CurrentQuestionId { get; init; }

    /// <summary>SessionExpiredError: the passed deadline.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>SessionNotActiveError: the session's status.</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>ImportError: every problem of the refused bank.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    /// <summary>A ValidationError.</summary>
    public static UserError Validation(string message, string? field = null) => new("ValidationError", message, "VALIDATION") { Field = field };

    /// <summary>A NotFoundError.</summary>
    public static UserError NotFound(string message) => new("NotFoundError", message, "NOT_FOUND");
}
