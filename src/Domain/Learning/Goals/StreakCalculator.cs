using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Learning;

/// <summary>Computes <see cref="Streak"/> from study times.</summary>
public static class StreakCalculator
{
    /// <summary>
    /// The streak at <paramref name="now"/> given the instants of study <paramref name="activity"/> (any order),
    /// with days in the learner's time <paramref name="zone"/> (see <see cref="StudyTimeZone"/>).
    /// </summary>
    public static Streak Compute(IEnumerable<DateTimeOffset> activity, DateTimeOffset now, TimeZoneInfo zone)
    {
        var days = new SortedSet<DateOnly>();
        foreach (var t in activity) days.Add(StudyTimeZone.LocalDay(t, zone));
        var today = StudyTimeZone.LocalDay(now, zone);
        days.RemoveWhere(d => d > today); // clock skew: activity "tomorrow" does not count yet
        if (days.Count == 0) return new Streak(0, 0, false, null);

        int longest = 0, run = 0;
        DateOnly? previous = null;
        foreach (var d in days)
        {
            run = previous is { } p && p.AddDays(1) == d ? run + 1 : 1;
            longest = Math.Max(longest, run);
            previous = d;
        }
        var last = days.Max;
        var studiedToday = last == today;
        var current = 0;
        if (studiedToday || last == today.AddDays(-1))
        {
            for (var d = last; days.Contains(d); d = d.AddDays(-1)) current++;
        }
        return new Streak(current, longest, studiedToday, last);
    }
}
