namespace StudyGraph.Domain.Accounts;

/// <summary>How a learner likes to study. Validated by <see cref="StudyPreferences.Validate"/>.</summary>
/// <param name="TimeZone">IANA time zone id, <c>UTC</c> or a fixed offset like <c>+02:00</c> (see <see cref="StudyTimeZone"/>); streaks and daily targets count days in it.</param>
/// <param name="DefaultQuestionCount">Default planned-set size of a new session (1..500).</param>
/// <param name="PoolShare">Share of next questions drawn from the wrong-answer pool (0..1, default 0.2).</param>
/// <param name="EmailReminders">Whether the learner wants study reminders by e-mail.</param>
public sealed record StudyPreferences(
    string TimeZone = StudyTimeZone.DefaultId,
    int DefaultQuestionCount = 20,
    double PoolShare = 0.2,
    bool EmailReminders = false)
{
    /// <summary>The preferences a new account starts with.</summary>
    public static StudyPreferences Default { get; } = new();

    /// <summary>Returns a problem description for the first invalid value, or <see langword="null"/> when all are valid.</summary>
    public string? Validate()
    {
        if (!StudyTimeZone.TryResolve(TimeZone, out _)) return $"Unknown time zone '{TimeZone}'; use an IANA id such as Europe/Berlin, UTC, or an offset such as +02:00.";
        if (DefaultQuestionCount is < 1 or > 500) return "Default question count must be between 1 and 500.";
        if (double.IsNaN(PoolShare) || PoolShare is < 0 or > 1) return "Pool share must be between 0 and 1.";
        return null;
    }
}
