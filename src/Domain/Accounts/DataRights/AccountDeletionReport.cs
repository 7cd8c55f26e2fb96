namespace StudyGraph.Domain.Accounts;

/// <summary>What deleting an account removed or anonymized.</summary>
/// <param name="UserId">The deleted account.</param>
/// <param name="DeletedAt">When.</param>
/// <param name="Sections">One outcome per data section, including <c>refreshTokens</c>, <c>oneTimeTokens</c> and <c>profile</c>.</param>
public sealed record AccountDeletionReport(string UserId, DateTimeOffset DeletedAt, IReadOnlyList<ErasureOutcome> Sections);
