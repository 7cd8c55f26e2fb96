using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Wire;

/// <summary>
/// The connections to one server. A checkout reuses the most recently returned idle connection or opens a new
/// one while fewer than MaxSize exist; otherwise it waits up to WaitQueueTimeout, then fails with
/// <see cref="MongoTimeoutException"/>. Clear() starts a new generation: idle connections close at once and
/// checked-out ones close when returned. Idle connections past MaxIdleTime are pruned on every checkout.
/// </summary>
public sealed class ConnectionPool : IAsyncDisposable
{
    private readonly MongoServerAddress _address;
    private readonly ConnectionPoolOptions _options;
    private readonly Func<int, CancellationToken, Task<MongoConnection>> _open;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim? _slots;
    private readonly Stack<MongoConnection> _idle = new();
    private readonly Lock _gate = new();
    private int _generation;
    private int _total;
    private bool _disposed;

    /// <summary>Creates a pool; <paramref name="open"/> opens (and handshakes) a connection for a generation.</summary>
    public ConnectionPool(MongoServerAddress address, ConnectionPoolOptions options, Func<int, CancellationToken, Task<MongoConnection>> open, TimeProvider? time = null)
    {
        _address = address;
        _options = options;
        _open = open;
        _time = time ?? TimeProvider.System;
        if (options.MaxSize > 0) _slots = new SemaphoreSlim(options.MaxSize, options.MaxSize);
    }

    /// <summary>The current generation.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Connections open (idle plus checked out).</summary>
    public int TotalCount => Volatile.Read(ref _total);

    /// <summary>Idle connections.</summary>
    public int IdleCount
    {
        get
        {
            lock (_gate) return _idle.Count;
        }
    }

    /// <summary>Checks a connection out; return it with <see cref="CheckIn"/>.</summary>
    /// <exception cref="MongoTimeoutException">All MaxSize connections stayed in use for WaitQueueTimeout.</exception>
    public async Task<MongoConnection> CheckOutAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_slots is not null && !await _slots.WaitAsync(_options.WaitQueueTimeout, ct).ConfigureAwait(false))
        {
            throw new MongoTimeoutException(
                $"Timed out after {_options.WaitQueueTimeout.TotalMilliseconds:0} ms waiting for a connection to {_address} (maxPoolSize {_options.MaxSize}, all in use).");
        }
        try
        {
            await PruneAsync().ConfigureAwait(false);
            while (true)
            {
                MongoConnection? idle = null;
                lock (_gate)
                {
                    if (_idle.Count > 0) idle = _idle.Pop();
                }
                if (idle is null) break;
                if (!idle.IsBroken && idle.Generation == Generation) return idle;
                await CloseAsync(idle).ConfigureAwait(false);
            }
            var generation = Generation;
            Interlocked.Increment(ref _total);
            try
            {
                return await _open(generation, ct).ConfigureAwait(false);
            }
            catch
            {
                Interlocked.Decrement(ref _total);
                throw;
            }
        }
        catch
        {
            _slots?.Release();
            throw;
        }
    }

    /// <summary>Returns a connection; broken or stale ones are closed.</summary>
    public void CheckIn(MongoConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            if (connection.IsBroken || connection.Generation != Generation || _disposed)
            {
                _ = CloseAsync(connection).AsTask();
                return;
            }
            connection.LastUsed = _time.GetTimestamp();
            lock (_gate) _idle.Push(connection);
        }
        finally
        {
            _slots?.Release();
        }
    }

    /// <summary>Starts a new generation (after a network error or a server state change) and closes idle connections.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        MongoConnection[] idle;
        lock (_gate)
        {
            idle = [.. _idle];
            _idle.Clear();
        }
        foreach (var c in idle) _ = CloseAsync(c).AsTask();
    }

    /// <summary>Closes idle connections unused for longer than MaxIdleTime.</summary>
    public async Task PruneAsync()
    {
        if (_options.MaxIdleTime <= TimeSpan.Zero) return;
        var expired = new List<MongoConnection>();
        lock (_gate)
        {
            if (_idle.Count == 0) return;
            var keep = new List<MongoConnection>();
            foreach (var c in _idle)
            {
                if (_time.GetElapsedTime(c.LastUsed) >= _options.MaxIdleTime) expired.Add(c);
                else keep.Add(c);
            }
            if (expired.Count == 0) return;
            _idle.Clear();
            for (var i = keep.Count - 1; i >= 0; i--) _idle.Push(keep[i]);
        }
        foreach (var c in expired) await CloseAsync(c).ConfigureAwait(false);
    }

    private async ValueTask CloseAsync(MongoConnection c)
    {
        Interlocked.Decrement(ref _total);
        await c.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Closes every idle connection; checked-out ones close when returned.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        MongoConnection[] idle;
        lock (_gate)
        {
            idle = [.. _idle];
            _idle.Clear();
        }
        foreach (var c in idle) await CloseAsync(c).ConfigureAwait(false);
    }
}
