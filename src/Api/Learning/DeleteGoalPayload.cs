using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Learning;

/// <summary>The payload of <c>deleteGoal</c>.</summary>
/// <param name="DeletedGoalId">The global id of the deleted goal, or null.</param>
/// <param name="Errors">Expected failures (not found).</param>
public sealed record DeleteGoalPayload(string? DeletedGoalId, IReadOnlyList<UserError> Errors);
