using StudyGraph.Domain.Learning;

namespace StudyGraph.Domain.Tests.Learning;

public class GoalTrackerTests
{
    [Fact]
    public void Progress_counts_today_and_the_last_seven_days_against_the_daily_target()
    {
        var now = new DateTimeOffset(2026, 3, 10, 18, 0, 0, TimeSpan.Zero);
        var goal = new StudyGoal("g", "u", "ex", new DateOnly(2026, 4, 1), 10, now.AddDays(-30));
        var times = Enumerable.Range(0, 12).Select(i => now.AddMinutes(-i))           // 12 today
            .Concat(Enumerable.Range(0, 60).Select(i => now.AddDays(-3).AddMinutes(i))) // 60 three days ago
            .Concat(Enumerable.Range(0, 50).Select(i => now.AddDays(-9)));              // outside the week
        var p = GoalTracker.Compute(goal, times, now, TimeZoneInfo.Utc);
        Assert.Equal(22, p.DaysLeft);
        Assert.Equal(12, p.AnsweredToday);
        Assert.True(p.TodayMet);
        Assert.Equal(72 / 7.0, p.AverageDailyLast7, 12);
        Assert.True(p.OnTrack);

        var behind = GoalTracker.Compute(goal with { DailyQuestionTarget = 20 }, times, now, TimeZoneInfo.Utc);
        Assert.False(behind.TodayMet);
        Assert.False(behind.OnTrack);
    }

    [Fact]
    public void Invalid_goals_are_described()
    {
        Assert.NotNull(new StudyGoal("g", "u", "ex", new DateOnly(2026, 4, 1), 0, DateTimeOffset.UnixEpoch).Validate());
        Assert.Null(new StudyGoal("g", "u", "ex", new DateOnly(2026, 4, 1), 5, DateTimeOffset.UnixEpoch).Validate());
    }
}
