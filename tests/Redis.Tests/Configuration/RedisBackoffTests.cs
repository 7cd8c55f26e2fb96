namespace StudyGraph.Redis.Tests.Configuration;

public class RedisBackoffTests
{
    [Fact]
    public void Delays_double_within_jitter_and_stop_at_the_cap()
    {
        var backoff = new RedisBackoff(new Random(1)) { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(2) };

        for (var attempt = 0; attempt < 12; attempt++)
        {
            var cap = Math.Min(2000, 100 * Math.Pow(2, attempt));
            var delay = backoff.DelayFor(attempt).TotalMilliseconds;
            Assert.InRange(delay, cap / 2, cap);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_delays_and_another_seed_differs()
    {
        static TimeSpan[] Run(int seed)
        {
            var backoff = new RedisBackoff(new Random(seed));
            return [.. Enumerable.Range(0, 8).Select(backoff.DelayFor)];
        }

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
    }

    [Fact]
    public void Huge_attempt_numbers_do_not_overflow()
    {
        var backoff = new RedisBackoff(new Random(3)) { MaxDelay = TimeSpan.FromSeconds(10) };

        Assert.InRange(backoff.DelayFor(int.MaxValue), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
    }
}
