using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions;

/// <summary>The errors study sessions report, built in one place so messages stay consistent.</summary>
public static class SessionErrors
{
    /// <summary>The answer names a question or presentation that is not the current one.</summary>
    public static DomainError Stale(string answered, string? current) => new(ErrorCodes.StaleAnswer,
        current is null
            ? $"The answer to question '{answered}' is stale: no question is awaiting an answer."
            : $"The answer to question '{answered}' is stale: the current question is '{current}'.");

    /// <summary>The answer names an older presentation of the current question.</summary>
    public static DomainError StalePresentation(int answered, int current) => new(ErrorCodes.StaleAnswer,
        $"The answer to presentation {answered} is stale: the current presentation is {current}.");

    /// <summary>The deadline has passed.</summary>
    public static DomainError Expired(DateTimeOffset deadline) => new(ErrorCodes.SessionExpired,
        $"The session's deadline passed at {deadline:O}; answers are no longer accepted.");

    /// <summary>The session is not active.</summary>
    public static DomainError NotActive(SessionStatus status) => new(ErrorCodes.SessionNotActive,
        $"The session is {status.ToString().ToUpperInvariant()}, not ACTIVE.");

    /// <summary>Input that breaks a rule.</summary>
    public static DomainError Invalid(string message, string? path = null) => DomainError.Validation(message, path);
}
