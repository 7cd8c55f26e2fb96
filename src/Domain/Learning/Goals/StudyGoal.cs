namespace StudyGraph.Domain.Learning;

/// <summary>A learner's goal: pass <see cref="ExamId"/> by <see cref="TargetDate"/>, answering <see cref="DailyQuestionTarget"/> a day.</summary>
/// <param name="Id">Goal id.</param>
/// <param name="UserId">The learner.</param>
/// <param name="ExamId">The target exam.</param>
/// <param name="TargetDate">The exam date (in the learner's time zone).</param>
/// <param name="DailyQuestionTarget">Questions per day (1..1000).</param>
/// <param name="CreatedAt">When the goal was set.</param>
public sealed record StudyGoal(string Id, string UserId, string ExamId, DateOnly TargetDate, int DailyQuestionTarget, DateTimeOffset CreatedAt)
{
    /// <summary>A problem description, or null when the goal is valid.</summary>
    public string? Validate() =>
        string.IsNullOrWhiteSpace(ExamId) ? "A goal needs a target exam."
        : DailyQuestionTarget is < 1 or > 1000 ? "Daily question target must be between 1 and 1000."
        : null;
}
