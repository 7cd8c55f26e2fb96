namespace StudyGraph.Domain.Common;

/// <summary>The error codes the Domain reports; the API exposes them as <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>An answer named a question that is not the one currently presented.</summary>
    public const string StaleAnswer = "STALE_ANSWER";

    /// <summary>The session's deadline has passed.</summary>
    public const string SessionExpired = "SESSION_EXPIRED";

    /// <summary>The session is completed, abandoned, expired or paused, so the operation is not allowed.</summary>
    public const string SessionNotActive = "SESSION_NOT_ACTIVE";

    /// <summary>Something named by id does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A concurrent change won; the caller may reload and retry.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The input breaks a rule.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>The caller may not act on the resource.</summary>
    public const string Forbidden = "FORBIDDEN";
}
