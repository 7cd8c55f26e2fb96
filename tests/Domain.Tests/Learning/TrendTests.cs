using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Sessions.Events;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class TrendTests
{
    [Fact]
    public void Daily_points_count_first_try_answers_per_local_day_including_empty_days()
    {
        var now = T0.AddDays(2); // Wednesday 12:00 UTC
        AnswerRecorded[] events =
        [
            Answer("u", "q1", true, T0), Answer("u", "q2", false, T0.AddHours(1)),
            Answer("u", "q2", true, T0.AddHours(1), AttemptKind.ImmediateRetry), // not a first try
            Answer("u", "q3", true, now),
        ];
        var points = TrendCalculator.Daily(events, now, TimeZoneInfo.Utc, days: 3);
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4)], points.Select(p => p.PeriodStart));
        Assert.Equal((2, 1, 0.5), (points[0].Answered, points[0].Correct, points[0].Accuracy!.Value));
        Assert.Null(points[1].Accuracy);
        Assert.Equal(1.0, points[2].Accuracy);
    }

    [Fact]
    public void Weekly_points_start_on_monday()
    {
        var now = T0.AddDays(9); // Wednesday of the next week
        AnswerRecorded[] events = [Answer("u", "q1", true, T0.AddDays(6)), Answer("u", "q2", false, T0.AddDays(7))];
        var weeks = TrendCalculator.Weekly(events, now, TimeZoneInfo.Utc, weeks: 2);
        Assert.Equal(new DateOnly(2026, 3, 2), weeks[0].PeriodStart);
        Assert.Equal(1.0, weeks[0].Accuracy); // Sunday belongs to the week starting Monday Mar 2
        Assert.Equal(0.0, weeks[1].Accuracy);
    }
}
