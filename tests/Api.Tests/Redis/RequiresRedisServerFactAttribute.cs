namespace StudyGraph.Api.Tests.Redis;

/// <summary>A fact that is reported as skipped, with the reason, when no redis-server binary is on the PATH.</summary>
public sealed class RequiresRedisServerFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public RequiresRedisServerFactAttribute()
    {
        if (RedisServerProcess.Find() is null) Skip = "redis-server is not installed (scripts/test.sh installs it with apt-get)";
    }
}
