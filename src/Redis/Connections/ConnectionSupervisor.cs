namespace StudyGraph.Redis;

/// <summary>
/// Keeps one logical connection alive: connects, runs a session on it until the connection drops,
/// then reconnects with jittered exponential backoff, reporting every state change.
/// </summary>
internal sealed class ConnectionSupervisor : IAsyncDisposable
{
    /// <summary>Runs on a fresh connection until it drops; calls <c>ready</c> once it may be used.</summary>
    internal delegate Task SessionRunner(RespConnection connection, Action ready, CancellationToken stop);

    private readonly RedisOptions _options;
    private readonly SessionRunner _session;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstSettled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly Action<object, RedisConnectionStateChangedEventArgs> _raise;
    private readonly object _owner;
    private Task _loop = Task.CompletedTask;
    private RedisConnectionState _state = RedisConnectionState.Connecting;

    internal ConnectionSupervisor(RedisOptions options, SessionRunner session, object owner, Action<object, RedisConnectionStateChangedEventArgs> raise)
    {
        _options = options;
        _session = session;
        _owner = owner;
        _raise = raise;
    }

    internal RedisConnectionState State => _state;

    internal Exception? LastError { get; private set; }

    /// <summary>
    /// Starts. With <see cref="RedisOptions.AbortOnConnectFail"/> the first connection must succeed (else this throws
    /// and the state is Failed); otherwise this returns at once and connects in the background.
    /// </summary>
    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.AbortOnConnectFail)
        {
            _loop = Task.Run(() => RunAsync(null));
            return;
        }
        RespConnection first;
        try
        {
            first = await RespConnection.ConnectAsync(_options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LastError = ex;
            SetState(RedisConnectionState.Failed, ex);
            throw;
        }
        _loop = Task.Run(() => RunAsync(first));
        await _firstSettled.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(RespConnection? connection)
    {
        var failures = 0;
        var stop = _stop.Token;
        while (!stop.IsCancellationRequested)
        {
            if (connection is null)
            {
                try
                {
                    connection = await RespConnection.ConnectAsync(_options, stop).ConfigureAwait(false);
                    failures = 0;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    LastError = ex;
                    failures++;
                    if (_options.Backoff.MaxAttempts > 0 && failures >= _options.Backoff.MaxAttempts)
                    {
                        SetState(RedisConnectionState.Failed, ex);
                        return;
                    }
                    SetState(RedisConnectionState.Reconnecting, ex);
                    if (!await DelayAsync(_options.Backoff.DelayFor(failures - 1), stop).ConfigureAwait(false)) break;
                    continue;
                }
            }
            Exception? error = null;
            try
            {
                await _session(connection, () => SetState(RedisConnectionState.Connected, null), stop).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                error = ex;
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                connection = null;
            }
            if (stop.IsCancellationRequested) break;
            LastError = error ?? new RedisConnectionException(_options.EndPoint, $"Redis {_options.EndPoint}: the connection ended");
            SetState(RedisConnectionState.Reconnecting, LastError);
        }
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, _options.TimeProvider, stop).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void SetState(RedisConnectionState state, Exception? error)
    {
        RedisConnectionState previous;
        lock (_gate)
        {
            previous = _state;
            if (previous == RedisConnectionState.Disposed || previous == state) { _firstSettled.TrySetResult(); return; }
            _state = state;
        }
        _firstSettled.TrySetResult();
        try
        {
            _raise(_owner, new RedisConnectionStateChangedEventArgs(previous, state, error));
        }
        catch (Exception)
        {
            // A faulty state handler must not stop reconnection.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        try { await _loop.ConfigureAwait(false); } catch (Exception) { /* the loop reports through state */ }
        SetState(RedisConnectionState.Disposed, null);
        _stop.Dispose();
    }
}
