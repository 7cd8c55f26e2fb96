namespace StudyGraph.Api.Context;

/// <summary>The <c>extensions.code</c> values of GraphQL errors raised by the API.</summary>
public static class ErrorCodes
{
    /// <summary>No valid access token.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Signed in, but not allowed (another learner's data, a missing role).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Too many attempts from this client; retry later.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>An argument broke a rule.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>The object does not exist.</summary>
    public const string NotFound = "NOT_FOUND";
}
