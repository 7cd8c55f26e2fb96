namespace StudyGraph.Domain.Learning;

/// <summary>First-try accuracy in one period.</summary>
/// <param name="PeriodStart">The first local day of the period (the day, or the Monday of the week).</param>
/// <param name="Answered">First-try answers.</param>
/// <param name="Correct">Of them right.</param>
/// <param name="Accuracy">Correct / answered, or null when nothing was answered.</param>
public sealed record AccuracyPoint(DateOnly PeriodStart, int Answered, int Correct, double? Accuracy);
