using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class StudyTimeZoneTests
{
    [Theory]
    [InlineData("UTC", 0)]
    [InlineData("+02:00", 120)]
    [InlineData("-05:30", -330)]
    public void Utc_and_fixed_offsets_resolve(string id, int minutes)
    {
        Assert.True(StudyTimeZone.TryResolve(id, out var zone));
        Assert.Equal(TimeSpan.FromMinutes(minutes), zone.GetUtcOffset(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Iana_zones_follow_daylight_saving()
    {
        Assert.True(StudyTimeZone.TryResolve("Europe/Berlin", out var berlin));
        // 22:30 UTC is 23:30 local in winter (UTC+1) but 00:30 the next day in summer (UTC+2).
        Assert.Equal(new DateOnly(2026, 1, 1), StudyTimeZone.LocalDay(new DateTimeOffset(2026, 1, 1, 22, 30, 0, TimeSpan.Zero), berlin));
        Assert.Equal(new DateOnly(2026, 7, 2), StudyTimeZone.LocalDay(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero), berlin));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("+15:00")]
    [InlineData("+2")]
    public void Unknown_zones_are_refused_and_fall_back_to_utc(string? id)
    {
        Assert.False(StudyTimeZone.TryResolve(id, out _));
        Assert.Equal(TimeZoneInfo.Utc, StudyTimeZone.ResolveOrUtc(id));
    }
}
