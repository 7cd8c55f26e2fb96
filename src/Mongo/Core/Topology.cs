using System.Collections.Concurrent;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

/// <summary>
/// Finds the server to send operations to. With directConnection it is the single host; otherwise the
/// writable primary, found by asking each known member <c>hello</c> (following its hosts and primary fields).
/// The choice is kept until an operation fails with a network error or a "not writable primary"/"recovering"
/// error, which forgets it so the next selection rediscovers (there is no background monitor).
/// </summary>
internal sealed class Topology : IAsyncDisposable
{
    private readonly MongoUrl _url;
    private readonly ConnectionSettings _connection;
    private readonly ConnectionPoolOptions _poolOptions;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<MongoServerAddress, Server> _servers = new();
    private readonly SemaphoreSlim _discovering = new(1, 1);
    private readonly List<MongoServerAddress> _known;
    private volatile Server? _selected;

    public Topology(MongoUrl url, TimeProvider time)
    {
        _url = url;
        _time = time;
        _connection = ConnectionSettings.FromUrl(url);
        _poolOptions = new ConnectionPoolOptions
        {
            MaxSize = url.MaxPoolSize,
            WaitQueueTimeout = url.WaitQueueTimeoutMS == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(url.WaitQueueTimeoutMS),
            MaxIdleTime = TimeSpan.FromMilliseconds(url.MaxIdleTimeMS),
        };
        _known = [.. url.Hosts];
    }

    public bool IsDirect => _url.DirectConnection;

    /// <summary>Returns the primary (or the direct server), discovering it when unknown.</summary>
    public async Task<Server> SelectAsync(CancellationToken ct)
    {
        var current = _selected;
        if (current is not null) return current;
        await _discovering.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _selected ??= await DiscoverAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _discovering.Release();
        }
    }

    /// <summary>A network error on <paramref name="server"/>: forget it as primary and clear its pool.</summary>
    public void OnNetworkError(Server server)
    {
        server.Description = null;
        server.Pool.Clear();
        Interlocked.CompareExchange(ref _selected, null, server);
    }

    /// <summary>A command error: rediscover on state-change codes, and clear the pool when the server is shutting down.</summary>
    public void OnCommandError(Server server, int code)
    {
        if (!ServerErrorCodes.IsStateChange(code)) return;
        server.Description = null;
        if (ServerErrorCodes.IsShutdown(code)) server.Pool.Clear();
        Interlocked.CompareExchange(ref _selected, null, server);
    }

    private async Task<Server> DiscoverAsync(CancellationToken ct)
    {
        var timeout = TimeSpan.FromMilliseconds(_url.ServerSelectionTimeoutMS);
        var started = _time.GetTimestamp();
        var errors = new List<string>();
        while (true)
        {
            foreach (var address in Candidates())
            {
                var server = GetServer(address);
                HelloReply reply;
                try
                {
                    reply = await HelloAsync(server, ct).ConfigureAwait(false);
                }
                catch (MongoException ex) when (ex is MongoConnectionException or MongoCommandException)
                {
                    server.Pool.Clear();
                    errors.Add($"{address}: {ex.Message}");
                    continue;
                }
                server.Description = reply;
                if (IsDirect)
                {
                    if (_url.ReplicaSet is not null && reply.SetName != _url.ReplicaSet)
                        throw new MongoConfigurationException($"{address} belongs to replica set '{reply.SetName}', not '{_url.ReplicaSet}'.");
                    return server;
                }
                if (_url.ReplicaSet is not null && reply.SetName is not null && reply.SetName != _url.ReplicaSet)
                {
                    errors.Add($"{address}: member of '{reply.SetName}', not '{_url.ReplicaSet}'");
                    continue;
                }
                lock (_known)
                {
                    foreach (var h in reply.Hosts)
                    {
                        if (TryParse(h) is { } a && !_known.Contains(a)) _known.Add(a);
                    }
                }
                if (reply.IsWritablePrimary) return server;
                errors.Add($"{address}: not a writable primary");
            }
            var elapsed = _time.GetElapsedTime(started);
            if (elapsed >= timeout)
            {
                var last = errors.Count == 0 ? "no server answered" : string.Join("; ", errors.TakeLast(3));
                throw new MongoTimeoutException($"No {(IsDirect ? "reachable server" : "writable primary")} found within serverSelectionTimeoutMS ({timeout.TotalMilliseconds:0} ms): {last}.");
            }
            var wait = TimeSpan.FromMilliseconds(Math.Min(500, (timeout - elapsed).TotalMilliseconds));
            await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    private List<MongoServerAddress> Candidates()
    {
        lock (_known)
        {
            var list = new List<MongoServerAddress>(_known.Count);
            // A member that names the primary is asked first on the next round.
            foreach (var s in _servers.Values)
            {
                if (s.Description?.Primary is { } p && TryParse(p) is { } a && !list.Contains(a)) list.Add(a);
            }
            foreach (var a in _known) if (!list.Contains(a)) list.Add(a);
            return list;
        }
    }

    private static MongoServerAddress? TryParse(string address)
    {
        try
        {
            return MongoServerAddress.Parse(address);
        }
        catch (MongoConfigurationException)
        {
            return null; // a member reported an address we cannot use; ignore it
        }
    }

    private async Task<HelloReply> HelloAsync(Server server, CancellationToken ct)
    {
        var connection = await server.Pool.CheckOutAsync(ct).ConfigureAwait(false);
        try
        {
            var reply = await connection.RunCommandAsync(new OpMsg(new BsonDocument { { "hello", 1 }, { "$db", "admin" } }), ct).ConfigureAwait(false);
            return new HelloReply(reply);
        }
        finally
        {
            server.Pool.CheckIn(connection);
        }
    }

    internal Server GetServer(MongoServerAddress address) =>
        _servers.GetOrAdd(address, a => new Server(a, new ConnectionPool(a, _poolOptions,
            (generation, ct) => MongoConnection.OpenAsync(a, _connection, generation, _time, ct), _time)));

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _servers.Values) await s.DisposeAsync().ConfigureAwait(false);
        _discovering.Dispose();
    }
}
