using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Accounts;

/// <summary>The payload of <c>logout</c>, <c>requestPasswordReset</c>, <c>resetPassword</c> and <c>deleteMyAccount</c>.</summary>
/// <param name="Success">Whether the operation took place.</param>
/// <param name="Errors">Expected failures.</param>
public sealed record SuccessPayload(bool Success, IReadOnlyList<UserError> Errors)
{
    /// <summary>A success.</summary>
    public static SuccessPayload Ok { get; } = new(true, []);

    /// <summary>A failure.</summary>
    public static SuccessPayload Failed(UserError error) => new(false, [error]);
}
