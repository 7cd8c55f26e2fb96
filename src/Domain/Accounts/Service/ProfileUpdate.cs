namespace StudyGraph.Domain.Accounts;

/// <summary>
/// A profile change; <see langword="null"/> members stay as they are. The single preference fields apply on top of
/// <see cref="Preferences"/> (or of the current preferences when it is null), so a client can change one of them alone.
/// </summary>
/// <param name="DisplayName">New display name.</param>
/// <param name="Preferences">New study preferences as a whole.</param>
/// <param name="TimeZone">New time zone id.</param>
/// <param name="DefaultQuestionCount">New default session size.</param>
/// <param name="PoolShare">New wrong-pool share.</param>
public sealed record ProfileUpdate(
    string? DisplayName = null,
    StudyPreferences? Preferences = null,
    string? TimeZone = null,
    int? DefaultQuestionCount = null,
    double? PoolShare = null)
{
    /// <summary>The preferences after applying this update to <paramref name="current"/>.</summary>
    public StudyPreferences ApplyTo(StudyPreferences current)
    {
        var p = Preferences ?? current;
        return p with
        {
            TimeZone = TimeZone ?? p.TimeZone,
            DefaultQuestionCount = DefaultQuestionCount ?? p.DefaultQuestionCount,
            PoolShare = PoolShare ?? p.PoolShare,
        };
    }
}
