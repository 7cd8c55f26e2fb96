using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Connections;

public class RedisAuthenticationTests
{
    [RequiresRedisServerFact]
    public async Task Requirepass_accepts_the_password_and_rejects_a_wrong_or_missing_one()
    {
        await using var server = await RedisServerProcess.StartAsync("--requirepass", "s3cret");

        await using (var ok = await RedisCommandConnection.ConnectAsync(server.Options(o => o.Password = "s3cret")))
        {
            Assert.Equal("PONG", (await ok.ExecuteAsync("PING")).AsString());
        }
        var wrong = await Assert.ThrowsAsync<RedisAuthenticationException>(() => RedisCommandConnection.ConnectAsync(server.Options(o => o.Password = "nope")));
        var missing = await Assert.ThrowsAsync<RedisAuthenticationException>(() => RedisCommandConnection.ConnectAsync(server.Options()));

        Assert.Contains("WRONGPASS", wrong.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{server.Port}", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("requires a password and none is configured", missing.Message, StringComparison.Ordinal);
        Assert.Equal("NOAUTH", ((RedisServerException)missing.InnerException!).Prefix);
    }

    [RequiresRedisServerFact]
    public async Task Acl_user_authenticates_with_user_and_password_in_resp2_and_resp3()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using (var admin = await RedisCommandConnection.ConnectAsync(server.Options()))
        {
            await admin.ExecuteAsync("ACL", "SETUSER", "alice", "on", ">wonderland", "~*", "&*", "+@all");
        }

        await using var resp2 = await RedisCommandConnection.ConnectAsync(server.Options(o => { o.User = "alice"; o.Password = "wonderland"; }));
        await using var resp3 = await RedisCommandConnection.ConnectAsync(server.Options(o => { o.User = "alice"; o.Password = "wonderland"; o.Protocol = 3; }));
        var wrong = await Assert.ThrowsAsync<RedisAuthenticationException>(() => RedisCommandConnection.ConnectAsync(server.Options(o => { o.User = "alice"; o.Password = "looking-glass"; })));

        Assert.Equal("alice", (await resp2.ExecuteAsync("ACL", "WHOAMI")).AsString());
        Assert.Equal("alice", (await resp3.ExecuteAsync("ACL", "WHOAMI")).AsString());
        Assert.Contains("user 'alice'", wrong.Message, StringComparison.Ordinal);
    }

    [RequiresRedisServerFact]
    public async Task Selecting_a_database_that_does_not_exist_fails_with_the_server_reason()
    {
        await using var server = await RedisServerProcess.StartAsync("--databases", "4");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => RedisCommandConnection.ConnectAsync(server.Options(o => o.DefaultDatabase = 9)));

        Assert.Contains("SELECT 9 failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("out of range", error.ServerMessage, StringComparison.Ordinal);
    }
}
