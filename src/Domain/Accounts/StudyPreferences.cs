namespace StudyGraph.Domain.Accounts;

/// <summary>How a learner likes to study. Validated by <see cref="StudyPreferences.Validate"/>.</summary>
/// <param name="DailyQuestionTarget">Questions per day the learner aims for (1..1000).</param>
/// <param name="PreferredSessionSize">Default planned-set size of a new session (1..500).</param>
/// <param name="TimeZoneOffsetMinutes">The learner's offset from UTC in minutes (-840..840); streaks count days in it.</param>
/// <param name="EmailReminders">Whether the learner wants study reminders by e-mail.</param>
public sealed record StudyPreferences(
    int DailyQuestionTarget = 20,
    int PreferredSessionSize = 20,
    int TimeZoneOffsetMinutes = 0,
    bool EmailReminders = false)
{
    /// <summary>The preferences a new account starts with.</summary>
    public static StudyPreferences Default { get; } = new();

    /// <summary>Returns a problem description for the first out-of-range value, or <see langword="null"/> when all are valid.</summary>
    public string? Validate()
    {
        if (DailyQuestionTarget is < 1 or > 1000) return "Daily question target must be between 1 and 1000.";
        if (PreferredSessionSize is < 1 or > 500) return "Preferred session size must be between 1 and 500.";
        if (TimeZoneOffsetMinutes is < -840 or > 840) return "Time zone offset must be between -840 and 840 minutes.";
        return null;
    }
}
