using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Learning;

/// <summary>Accuracy per day or per week (weeks start on Monday), counted on first-try answers, in the learner's time zone.</summary>
public static class TrendCalculator
{
    /// <summary>One point per local day for the <paramref name="days"/> days ending today, oldest first (empty days included).</summary>
    public static IReadOnlyList<AccuracyPoint> Daily(IReadOnlyList<AnswerRecorded> events, DateTimeOffset now, TimeSpan offset, int days = 30)
    {
        var today = StreakCalculator.LocalDay(now, offset);
        return Bucket(events, offset, today.AddDays(1 - days), days, 1);
    }

    /// <summary>One point per week (Monday start) for the <paramref name="weeks"/> weeks ending this week, oldest first.</summary>
    public static IReadOnlyList<AccuracyPoint> Weekly(IReadOnlyList<AnswerRecorded> events, DateTimeOffset now, TimeSpan offset, int weeks = 12)
    {
        var today = StreakCalculator.LocalDay(now, offset);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Bucket(events, offset, monday.AddDays(-7 * (weeks - 1)), weeks, 7);
    }

    private static AccuracyPoint[] Bucket(IReadOnlyList<AnswerRecorded> events, TimeSpan offset, DateOnly start, int count, int width)
    {
        var answered = new int[count];
        var correct = new int[count];
        foreach (var e in events)
        {
            if (!e.FirstTry) continue;
            var index = (StreakCalculator.LocalDay(e.OccurredAt, offset).DayNumber - start.DayNumber) / width;
            if (StreakCalculator.LocalDay(e.OccurredAt, offset) < start || index >= count) continue;
            answered[index]++;
            if (e.Correct) correct[index]++;
        }
        var points = new AccuracyPoint[count];
        for (var i = 0; i < count; i++)
        {
            points[i] = new AccuracyPoint(start.AddDays(i * width), answered[i], correct[i], answered[i] == 0 ? null : (double)correct[i] / answered[i]);
        }
        return points;
    }
}
