using StudyGraph.Domain.InMemory;

namespace StudyGraph.Redis.Tests.EventBus;

public class RedisEventBusOptionsTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("localhost:6379,colour=blue", "colour")]
    [InlineData("localhost:70000", "70000")]
    public async Task A_bad_connection_string_is_refused_naming_the_part(string connectionString, string named)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            RedisEventBus.ConnectAsync(new RedisEventBusOptions { ConnectionString = connectionString }, new InMemoryEventBus()));

        Assert.Contains(named, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Timeouts_must_be_positive()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RedisEventBus.ConnectAsync(
            new RedisEventBusOptions { ConnectionString = "localhost", EchoTimeout = TimeSpan.Zero }, new InMemoryEventBus()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RedisEventBus.ConnectAsync(
            new RedisEventBusOptions { ConnectionString = "localhost", PublishTimeout = TimeSpan.FromSeconds(-1) }, new InMemoryEventBus()));
    }

    [Fact]
    public void The_defaults_start_without_redis_and_use_the_studygraph_prefix()
    {
        var options = new RedisEventBusOptions();

        Assert.False(options.AbortOnConnectFail);
        Assert.Equal("studygraph:", options.ChannelPrefix);
        Assert.True(options.EchoTimeout > TimeSpan.Zero && options.PublishTimeout > TimeSpan.Zero);
    }

    [Fact]
    public async Task With_AbortOnConnectFail_an_unreachable_redis_fails_the_connect()
    {
        var port = Support.RedisServerProcess.FreePort(); // nothing listens there

        var error = await Assert.ThrowsAnyAsync<RedisConnectionException>(() => RedisEventBus.ConnectAsync(
            new RedisEventBusOptions { ConnectionString = $"127.0.0.1:{port}", AbortOnConnectFail = true }, new InMemoryEventBus()));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }
}
