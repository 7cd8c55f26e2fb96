using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Accounts;

/// <summary>The payload of <c>verifyEmail</c> and <c>updateProfile</c>.</summary>
/// <param name="User">The changed user, or null on failure.</param>
/// <param name="Errors">Expected failures.</param>
public sealed record UserPayload(UserNode? User, IReadOnlyList<UserError> Errors);
