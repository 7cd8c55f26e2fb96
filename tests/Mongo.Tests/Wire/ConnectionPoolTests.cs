using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class ConnectionPoolTests
{
    private static ConnectionPool Pool(CaptureServer server, ConnectionPoolOptions options, TimeProvider? time = null)
    {
        var address = new MongoServerAddress("127.0.0.1", server.Port);
        var t = time ?? TimeProvider.System;
        return new ConnectionPool(address, options, (gen, ct) => MongoConnection.OpenAsync(address, new ConnectionSettings(), gen, t, ct), t);
    }

    [Fact]
    public async Task A_full_pool_blocks_then_times_out_with_a_clear_error()
    {
        await using var server = new CaptureServer();
        await using var pool = Pool(server, new ConnectionPoolOptions { MaxSize = 2, WaitQueueTimeout = TimeSpan.FromMilliseconds(200) });
        var a = await pool.CheckOutAsync(default);
        var b = await pool.CheckOutAsync(default);
        var ex = await Assert.ThrowsAsync<MongoTimeoutException>(() => pool.CheckOutAsync(default));
        Assert.Contains("waiting for a connection to 127.0.0.1", ex.Message);
        Assert.Contains("maxPoolSize 2, all in use", ex.Message);
        Assert.Equal(2, pool.TotalCount);
        pool.CheckIn(a);
        pool.CheckIn(b);
    }

    [Fact]
    public async Task A_waiting_checkout_gets_the_connection_returned_by_another()
    {
        await using var server = new CaptureServer();
        await using var pool = Pool(server, new ConnectionPoolOptions { MaxSize = 1, WaitQueueTimeout = TimeSpan.FromSeconds(30) });
        var first = await pool.CheckOutAsync(default);
        var waiting = pool.CheckOutAsync(default);
        Assert.False(waiting.IsCompleted);
        pool.CheckIn(first);
        var second = await waiting;
        Assert.Same(first, second);
        Assert.Equal(1, server.ConnectionCount);
        pool.CheckIn(second);
    }

    [Fact]
    public async Task Clear_closes_idle_connections_and_stale_ones_on_return()
    {
        await using var server = new CaptureServer();
        await using var pool = Pool(server, new ConnectionPoolOptions { MaxSize = 5 });
        var idle = await pool.CheckOutAsync(default);
        var busy = await pool.CheckOutAsync(default);
        pool.CheckIn(idle);
        pool.Clear();
        Assert.Equal(0, pool.IdleCount);
        pool.CheckIn(busy);
        Assert.Equal(0, pool.IdleCount);
        Assert.True(busy.IsBroken);
        var fresh = await pool.CheckOutAsync(default);
        Assert.Equal(1, fresh.Generation);
        Assert.Equal(3, server.ConnectionCount);
        pool.CheckIn(fresh);
    }

    [Fact]
    public async Task Idle_connections_past_max_idle_time_are_pruned()
    {
        var time = new ManualTime();
        await using var server = new CaptureServer();
        await using var pool = Pool(server, new ConnectionPoolOptions { MaxSize = 5, MaxIdleTime = TimeSpan.FromMinutes(1) }, time);
        var a = await pool.CheckOutAsync(default);
        var b = await pool.CheckOutAsync(default);
        pool.CheckIn(a);
        time.Advance(TimeSpan.FromSeconds(50));
        pool.CheckIn(b);
        time.Advance(TimeSpan.FromSeconds(20)); // a idle 70 s, b idle 20 s
        await pool.PruneAsync();
        Assert.Equal(1, pool.IdleCount);
        Assert.True(a.IsBroken);
        var again = await pool.CheckOutAsync(default);
        Assert.Same(b, again);
        pool.CheckIn(again);
    }

    [Fact]
    public async Task A_connection_that_cannot_open_releases_its_slot()
    {
        var address = new MongoServerAddress("127.0.0.1", 1);
        await using var pool = new ConnectionPool(address, new ConnectionPoolOptions { MaxSize = 1, WaitQueueTimeout = TimeSpan.FromMilliseconds(100) },
            (gen, ct) => MongoConnection.OpenAsync(address, new ConnectionSettings { ConnectTimeout = TimeSpan.FromSeconds(5) }, gen, TimeProvider.System, ct));
        await Assert.ThrowsAsync<MongoConnectionException>(() => pool.CheckOutAsync(default));
        var second = await Assert.ThrowsAsync<MongoConnectionException>(() => pool.CheckOutAsync(default));
        Assert.Contains("127.0.0.1:1", second.Message);
        Assert.Equal(0, pool.TotalCount);
    }
}
