using System.Text;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Connections;

public class RedisCommandConnectionTests
{
    [RequiresRedisServerFact]
    public async Task Binary_values_with_CRLF_and_five_megabytes_round_trip_through_the_server()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options());
        var big = new byte[5 * 1024 * 1024];
        new Random(2).NextBytes(big);
        var tricky = Encoding.UTF8.GetBytes("a\r\nb\r\n$3\r\n*1\r\n\0end");

        await redis.ExecuteAsync("SET", "big", big);
        await redis.ExecuteAsync("SET", "tricky", tricky);

        Assert.Equal(big, (await redis.ExecuteAsync("GET", "big")).Bytes.ToArray());
        Assert.Equal(tricky, (await redis.ExecuteAsync("GET", "tricky")).Bytes.ToArray());
        Assert.True((await redis.ExecuteAsync("GET", "missing")).IsNull);
    }

    [RequiresRedisServerFact]
    public async Task Subscribe_commands_are_refused_on_the_command_connection_and_it_stays_usable()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options());

        var error = Assert.Throws<ArgumentException>(() => { _ = redis.SendAsync("subscribe", "ch"); });

        Assert.Contains("use RedisSubscriber", error.Message, StringComparison.Ordinal);
        Assert.Equal("PONG", (await redis.ExecuteAsync("PING")).AsString());
    }

    [RequiresRedisServerFact]
    public async Task Nested_array_replies_decode()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options());
        await redis.ExecuteAsync("XADD", "s", "1-1", "field", "value");

        var reply = await redis.ExecuteAsync("XRANGE", "s", "-", "+");

        // [[id, [field, value]]]
        Assert.Equal("1-1", reply.Items[0].Items[0].AsString());
        Assert.Equal(["field", "value"], reply.Items[0].Items[1].Items.Select(v => v.AsString()));
    }

    [RequiresRedisServerFact]
    public async Task Error_replies_become_server_exceptions_with_their_prefix()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options());
        await redis.ExecuteAsync("SET", "k", "v");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => redis.ExecuteAsync("LPUSH", "k", "x"));
        var raw = await redis.SendAsync("NOSUCHCOMMAND");

        Assert.Equal("WRONGTYPE", error.Prefix);
        Assert.True(raw.IsError);
        Assert.Equal("ERR", raw.ErrorPrefix);
        Assert.Equal("v", (await redis.ExecuteAsync("GET", "k")).AsString()); // the connection is still in step
    }

    [RequiresRedisServerFact]
    public async Task Ten_thousand_pipelined_commands_get_their_own_replies_in_order()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options());

        var replies = new Task<RespValue>[10_000];
        for (var i = 0; i < replies.Length; i++) replies[i] = redis.ExecuteAsync("INCR", "counter");
        await Task.WhenAll(replies);

        for (var i = 0; i < replies.Length; i++) Assert.Equal(i + 1, replies[i].Result.Integer);
    }

    [RequiresRedisServerFact]
    public async Task Resp3_replies_from_the_real_server_use_maps_sets_doubles_and_nulls()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options(o => o.Protocol = 3));
        await redis.ExecuteAsync("HSET", "h", "f", "v");
        await redis.ExecuteAsync("SADD", "s", "m");
        await redis.ExecuteAsync("ZADD", "z", "1.5", "m");

        Assert.Equal(RespValue.Map(RespValue.BulkString("f"), RespValue.BulkString("v")), await redis.ExecuteAsync("HGETALL", "h"));
        Assert.Equal(RespType.Set, (await redis.ExecuteAsync("SMEMBERS", "s")).Type);
        Assert.Equal(1.5, (await redis.ExecuteAsync("ZSCORE", "z", "m")).Double);
        Assert.Equal(RespType.Null, (await redis.ExecuteAsync("GET", "missing")).Type);
    }

    [RequiresRedisServerFact]
    public async Task Client_name_and_default_database_are_applied_on_connect()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var db2 = await RedisCommandConnection.ConnectAsync(server.Options(o => { o.DefaultDatabase = 2; o.ClientName = "sg-test"; }));
        await using var db0 = await RedisCommandConnection.ConnectAsync(server.Options());

        await db2.ExecuteAsync("SET", "where", "two");

        Assert.Equal("sg-test", (await db2.ExecuteAsync("CLIENT", "GETNAME")).AsString());
        Assert.Contains(" db=2 ", (await db2.ExecuteAsync("CLIENT", "INFO")).AsString(), StringComparison.Ordinal);
        Assert.True((await db0.ExecuteAsync("GET", "where")).IsNull);
    }

    [RequiresRedisServerFact]
    public async Task Keep_alive_pings_reach_the_server()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = await RedisCommandConnection.ConnectAsync(server.Options(o => o.KeepAlive = TimeSpan.FromMilliseconds(200)));

        await Eventually.TrueAsync(async () => ServerStats.PingCalls((await redis.ExecuteAsync("INFO", "commandstats")).AsString()!) >= 3, "three keep-alive PINGs");
        Assert.Equal(RedisConnectionState.Connected, redis.State);
    }
}
