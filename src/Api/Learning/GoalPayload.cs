using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Learning;

/// <summary>The payload of <c>createGoal</c> and <c>updateGoal</c>: the goal, or the errors.</summary>
/// <param name="Goal">The saved goal with progress, or null.</param>
/// <param name="Errors">Expected failures (validation, not found).</param>
public sealed record GoalPayload(GoalNode? Goal, IReadOnlyList<UserError> Errors);
