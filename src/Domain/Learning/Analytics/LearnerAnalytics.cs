namespace StudyGraph.Domain.Learning;

/// <summary>A learner's analytics for one exam.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="ExamId">The exam.</param>
/// <param name="Readiness">Per-topic mastery and predicted chance, expected score, pass probability.</param>
/// <param name="Recommendations">Weak topics, due reviews, next session.</param>
/// <param name="DailyTrend">First-try accuracy per local day, oldest first.</param>
/// <param name="WeeklyTrend">First-try accuracy per week, oldest first.</param>
/// <param name="Streak">Days in a row with study (any exam).</param>
/// <param name="Goals">Progress against each of the learner's goals (readiness filled in for goals of this exam).</param>
/// <param name="Skills">The learner's shared skills compared across providers.</param>
public sealed record LearnerAnalytics(
    string UserId,
    string ExamId,
    ExamReadiness Readiness,
    Recommendations Recommendations,
    IReadOnlyList<AccuracyPoint> DailyTrend,
    IReadOnlyList<AccuracyPoint> WeeklyTrend,
    Streak Streak,
    IReadOnlyList<GoalProgress> Goals,
    IReadOnlyList<SkillComparison> Skills);
