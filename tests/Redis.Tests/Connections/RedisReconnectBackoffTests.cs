using System.Net;
using System.Net.Sockets;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Connections;

public class RedisReconnectBackoffTests
{
    /// <summary>A listener that accepts every connection and closes it at once, counting the attempts.</summary>
    private sealed class SlammingDoor : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private int _attempts;

        public SlammingDoor()
        {
            _listener.Start();
            _ = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        using var client = await _listener.AcceptTcpClientAsync();
                        Interlocked.Increment(ref _attempts);
                    }
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException) { }
            });
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public int Attempts => Volatile.Read(ref _attempts);

        public void Dispose() => _listener.Stop();
    }

    [Fact]
    public async Task Retries_wait_for_the_injected_clock_and_the_error_says_why()
    {
        using var door = new SlammingDoor();
        var time = new ManualTimeProvider();
        var options = new RedisOptions
        {
            Host = "127.0.0.1", Port = door.Port, AbortOnConnectFail = false, KeepAlive = TimeSpan.Zero, TimeProvider = time,
            Backoff = new RedisBackoff(new Random(9)) { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1) },
        };
        await using var redis = await RedisCommandConnection.ConnectAsync(options);

        await Eventually.TrueAsync(() => door.Attempts == 1 && redis.State == RedisConnectionState.Reconnecting, "first attempt failed");
        await Task.Delay(300);
        Assert.Equal(1, door.Attempts); // no retry while the clock stands still

        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => door.Attempts == 2, "second attempt after the backoff delay");
        Assert.Contains("the server closed the connection", redis.LastError!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_maximum_attempts_the_state_is_failed()
    {
        using var door = new SlammingDoor();
        var states = new System.Collections.Concurrent.ConcurrentQueue<RedisConnectionState>();
        var options = new RedisOptions
        {
            Host = "127.0.0.1", Port = door.Port, AbortOnConnectFail = false,
            Backoff = new RedisBackoff(new Random(9)) { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20), MaxAttempts = 3 },
        };
        await using var redis = await RedisCommandConnection.ConnectAsync(options);
        redis.StateChanged += (_, e) => states.Enqueue(e.Current);

        await Eventually.TrueAsync(() => redis.State == RedisConnectionState.Failed, "state Failed");

        Assert.Equal(3, door.Attempts);
        Assert.Equal(RedisConnectionState.Failed, states.Last());
        await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync("PING"));
    }
}
