using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Redis;

/// <summary>Two API instances on Kestrel sharing one throw-away redis-server and one data folder, both connected to Redis.</summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly string _data;

    private TwoInstances(RedisServerProcess redis, ApiHost a, ApiHost b, string data)
    {
        Redis = redis;
        A = a;
        B = b;
        _data = data;
    }

    /// <summary>The redis-server (stop and restart it to test outages).</summary>
    public RedisServerProcess Redis { get; }

    /// <summary>Instance A.</summary>
    public ApiHost A { get; }

    /// <summary>Instance B.</summary>
    public ApiHost B { get; }

    /// <summary>Starts redis-server and both instances; returns once both report the Redis event bus connected.</summary>
    public static async Task<TwoInstances> StartAsync()
    {
        var redis = await RedisServerProcess.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "studygraph-two-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Redis:ConnectionString"] = "127.0.0.1:" + redis.Port };
        ApiHost? a = null;
        try
        {
            a = await ApiHost.StartAsync(kestrel: true, settings: settings, dataPath: data);
            var b = await ApiHost.StartAsync(kestrel: true, settings: settings, dataPath: data);
            var two = new TwoInstances(redis, a, b, data);
            Assert.Contains("Redis event bus connected", await a.Http.GetStringAsync("/health/ready"), StringComparison.Ordinal);
            Assert.Contains("Redis event bus connected", await b.Http.GetStringAsync("/health/ready"), StringComparison.Ordinal);
            return two;
        }
        catch
        {
            if (a is not null) await a.DisposeAsync();
            redis.Dispose();
            throw;
        }
    }

    /// <summary>The websocket URL of <paramref name="host"/>'s GraphQL endpoint.</summary>
    public static string WsUrl(ApiHost host) => new UriBuilder(host.Address!) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        Redis.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
