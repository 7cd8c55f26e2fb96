using StudyGraph.Domain.Learning;

namespace StudyGraph.Domain.Tests.Learning;

public class StreakTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static TimeZoneInfo Zone(int hours) => TimeZoneInfo.CreateCustomTimeZone("z", TimeSpan.FromHours(hours), "z", "z");

    private static DateTimeOffset Day(int daysAgo, int hourUtc = 12) => new DateTimeOffset(2026, 3, 10, hourUtc, 0, 0, TimeSpan.Zero).AddDays(-daysAgo);

    [Fact]
    public void Consecutive_days_ending_today_make_the_streak()
    {
        var s = StreakCalculator.Compute([Day(0), Day(1), Day(1), Day(2)], Now, TimeZoneInfo.Utc);
        Assert.Equal(new Streak(3, 3, true, new DateOnly(2026, 3, 10)), s);
    }

    [Fact]
    public void Today_not_yet_studied_keeps_yesterdays_streak_alive()
    {
        var s = StreakCalculator.Compute([Day(1), Day(2), Day(3)], Now, TimeZoneInfo.Utc);
        Assert.Equal(3, s.Current);
        Assert.False(s.StudiedToday);
    }

    [Fact]
    public void A_missed_day_breaks_the_streak_but_the_longest_is_remembered()
    {
        var s = StreakCalculator.Compute([Day(2), Day(5), Day(6), Day(7), Day(8)], Now, TimeZoneInfo.Utc);
        Assert.Equal(0, s.Current);
        Assert.Equal(4, s.Longest);
        var gap = StreakCalculator.Compute([Day(0), Day(2), Day(3)], Now, TimeZoneInfo.Utc);
        Assert.Equal(1, gap.Current);
        Assert.Equal(2, gap.Longest);
    }

    [Fact]
    public void Days_are_counted_in_the_learners_time_zone()
    {
        // 23:30 UTC on Mar 9 is already Mar 10 in UTC+2, and 01:00 UTC on Mar 10 is still Mar 9 in UTC−5.
        var lateEvening = new DateTimeOffset(2026, 3, 9, 23, 30, 0, TimeSpan.Zero);
        var plus2 = StreakCalculator.Compute([lateEvening, Day(2)], Now, Zone(2));
        Assert.True(plus2.StudiedToday);
        Assert.Equal(1, plus2.Current); // Mar 10 studied, Mar 9 not, Mar 8 yes
        var utc = StreakCalculator.Compute([lateEvening, Day(2)], Now, TimeZoneInfo.Utc);
        Assert.False(utc.StudiedToday);
        Assert.Equal(2, utc.Current); // Mar 8 and Mar 9 in UTC

        var earlyUtc = new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
        var minus5 = StreakCalculator.Compute([earlyUtc], new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero), Zone(-5));
        Assert.Equal(new DateOnly(2026, 3, 9), minus5.LastStudyDay);
        Assert.True(minus5.StudiedToday); // it is still Mar 9 there too
    }

    [Fact]
    public void No_activity_is_no_streak()
    {
        Assert.Equal(new Streak(0, 0, false, null), StreakCalculator.Compute([], Now, TimeZoneInfo.Utc));
    }
}
