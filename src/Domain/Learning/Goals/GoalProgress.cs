namespace StudyGraph.Domain.Learning;

/// <summary>Where a learner stands against a goal.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Today">The learner's local date.</param>
/// <param name="DaysLeft">Days until the target date (0 on the day, negative after).</param>
/// <param name="AnsweredToday">Answers (all attempts) today.</param>
/// <param name="TodayMet">Whether today's answers reach the daily target.</param>
/// <param name="AverageDailyLast7">Mean answers per day over the last 7 local days, today included.</param>
/// <param name="OnTrack">Whether the 7-day average reaches the daily target.</param>
/// <param name="ExpectedScore">Readiness expected score for the goal's exam, when known.</param>
/// <param name="PassProbability">Readiness pass probability for the goal's exam, when known.</param>
public sealed record GoalProgress(
    StudyGoal Goal,
    DateOnly Today,
    int DaysLeft,
    int AnsweredToday,
    bool TodayMet,
    double AverageDailyLast7,
    bool OnTrack,
    double? ExpectedScore,
    double? PassProbability);
