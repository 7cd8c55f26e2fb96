using System.Globalization;

namespace StudyGraph.Domain.Accounts;

/// <summary>
/// Resolves a learner's time zone: an IANA id (<c>Europe/Berlin</c>, daylight saving included), <c>UTC</c>, or a fixed
/// offset (<c>+02:00</c>, <c>-05:30</c>). Streaks, trends and daily targets count days in it.
/// </summary>
public static class StudyTimeZone
{
    /// <summary>The id used when none is set.</summary>
    public const string DefaultId = "UTC";

    /// <summary>Resolves <paramref name="id"/>; false when it is neither a known zone nor an offset within ±14:00.</summary>
    public static bool TryResolve(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return false;
        if (id is "UTC" or "Etc/UTC" or "Z") return true;
        if ((id[0] == '+' || id[0] == '-') && TimeSpan.TryParseExact(id.AsSpan(1), @"hh\:mm", CultureInfo.InvariantCulture, out var offset))
        {
            if (offset > TimeSpan.FromHours(14)) return false;
            var signed = id[0] == '-' ? -offset : offset;
            zone = TimeZoneInfo.CreateCustomTimeZone(id, signed, id, id);
            return true;
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!);
    }

    /// <summary>The zone of <paramref name="id"/>, or UTC when it cannot be resolved.</summary>
    public static TimeZoneInfo ResolveOrUtc(string? id) => TryResolve(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The local calendar day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
