using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Learning;

/// <summary>Accuracy per day or per week (weeks start on Monday), counted on first-try answers, in the learner's time zone.</summary>
public static class TrendCalculator
{
    /// <summary>One point per local day for the <paramref name="days"/> days ending today, oldest first (empty days included).</summary>
    public static IReadOnlyList<AccuracyPoint> Daily(IReadOnlyList<AnswerRecorded> events, DateTimeOffset now, TimeZoneInfo zone, int days = 30)
    {
        var today = StudyTimeZone.LocalDay(now, zone);
        return Bucket(events, zone, today.AddDays(1 - days), days, 1);
    }

    /// <summary>One point per week (Monday start) for the <paramref name="weeks"/> weeks ending this week, oldest first.</summary>
    public static IReadOnlyList<AccuracyPoint> Weekly(IReadOnlyList<AnswerRecorded> events, DateTimeOffset now, TimeZoneInfo zone, int weeks = 12)
    {
        var today = StudyTimeZone.LocalDay(now, zone);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Bucket(events, zone, monday.AddDays(-7 * (weeks - 1)), weeks, 7);
    }

    private static AccuracyPoint[] Bucket(IReadOnlyList<AnswerRecorded> events, TimeZoneInfo zone, DateOnly start, int count, int width)
    {
        var answered = new int[count];
        var correct = new int[count];
        foreach (var e in events)
        {
            if (!e.FirstTry) continue;
            var day = StudyTimeZone.LocalDay(e.OccurredAt, zone);
            var index = (day.DayNumber - start.DayNumber) / width;
            if (day < start || index >= count) continue;
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
