namespace StudyGraph.Domain.Learning;

/// <summary>A learner's analytics for one exam.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="ExamId">The exam.</param>
/// <param name="Readiness">Per-topic mastery and predicted chance, expected score, pass probability.</param>
/// <param name="Recommendations">Weak topics, due reviews, next session.</param>
/// <param name="DailyTrend">First-try accuracy per local day, oldest first.</param>
/// <param name="WeeklyTrend">First-try accuracy per week, oldest first.</param>
/// <param name="Streak">Days in a row with study (any exam).</param>
/// <param name="Goal">Progress against the latest goal for this exam, or null.</param>
public sealed record LearnerAnalytics(
    string UserId,
    string ExamId,
    ExamReadiness Readiness,
    Recommendations Recommendations,
    IReadOnlyList<AccuracyPoint> DailyTrend,
    IReadOnlyList<AccuracyPoint> WeeklyTrend,
    Streak Streak,
    GoalProgress? Goal);
