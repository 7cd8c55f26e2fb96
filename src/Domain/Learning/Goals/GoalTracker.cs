using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Learning;

/// <summary>Computes <see cref="GoalProgress"/>.</summary>
public static class GoalTracker
{
    /// <summary>
    /// Progress of <paramref name="goal"/> at <paramref name="now"/> from the instants of the learner's answers
    /// (<paramref name="answerTimes"/>), in the learner's time <paramref name="zone"/>; <paramref name="readiness"/> of the goal's exam when known.
    /// </summary>
    public static GoalProgress Compute(StudyGoal goal, IEnumerable<DateTimeOffset> answerTimes, DateTimeOffset now, TimeZoneInfo zone, ExamReadiness? readiness = null)
    {
        var today = StudyTimeZone.LocalDay(now, zone);
        var weekStart = today.AddDays(-6);
        int answeredToday = 0, lastSeven = 0;
        foreach (var t in answerTimes)
        {
            var day = StudyTimeZone.LocalDay(t, zone);
            if (day == today) answeredToday++;
            if (day >= weekStart && day <= today) lastSeven++;
        }
        var average = lastSeven / 7.0;
        return new GoalProgress(goal, today, goal.TargetDate.DayNumber - today.DayNumber, answeredToday,
            answeredToday >= goal.DailyQuestionTarget, average, average >= goal.DailyQuestionTarget,
            readiness?.ExpectedScore, readiness?.PassProbability);
    }
}
