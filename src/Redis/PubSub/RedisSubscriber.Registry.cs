namespace StudyGraph.Redis;

public sealed partial class RedisSubscriber
{
    private async Task<RedisSubscription> AddAsync(string name, bool isPattern, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var subscription = new RedisSubscription(name, isPattern, _options.SubscriptionQueueCapacity, RemoveAsync);
        var key = AckKey(isPattern, name);
        Task? ack = null;
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            bool first;
            lock (_gate)
            {
                var map = isPattern ? _patterns : _channels;
                first = !map.TryGetValue(name, out var existing);
                map[name] = first ? [subscription] : [.. existing!, subscription];
                if (_acks.TryGetValue(key, out var pending)) ack = pending.Task;
                else if (first && _connection is not null)
                {
                    var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _acks[key] = tcs;
                    ack = tcs.Task;
                }
                if (first && _connection is not null) _replySlots.Enqueue(key);
            }
            if (first && _connection is { } connection)
            {
                connection.Write([isPattern ? "PSUBSCRIBE" : "SUBSCRIBE", name]);
                await FlushQuietlyAsync(connection).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
        if (ack is null) return subscription;
        try
        {
            await ack.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException)
        {
            // Refused (e.g. NOPERM for an ACL-restricted channel): forget it, or every reconnect would try again.
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return subscription;
    }

    private async ValueTask RemoveAsync(RedisSubscription subscription)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var last = false;
            lock (_gate)
            {
                var map = subscription.IsPattern ? _patterns : _channels;
                if (map.TryGetValue(subscription.Name, out var existing))
                {
                    var rest = Array.FindAll(existing, s => !ReferenceEquals(s, subscription));
                    if (rest.Length == 0) { map.Remove(subscription.Name); last = true; }
                    else map[subscription.Name] = rest;
                }
            }
            if (last && _connection is { } connection && !_disposed.IsCancellationRequested)
            {
                lock (_gate) _replySlots.Enqueue(null);
                connection.Write([subscription.IsPattern ? "PUNSUBSCRIBE" : "UNSUBSCRIBE", subscription.Name]);
                await FlushQuietlyAsync(connection).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static async Task FlushQuietlyAsync(RespConnection connection)
    {
        try
        {
            await connection.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is going down; the reconnect re-establishes every registered subscription.
        }
    }

    private static string AckKey(bool isPattern, string name) => (isPattern ? "p:" : "s:") + name;

    /// <summary>A reply to one of our commands arrived: settle the subscribe waiting for it, if any.</summary>
    private void TakeReplySlot(Exception? error)
    {
        TaskCompletionSource? tcs = null;
        lock (_gate)
        {
            if (!_replySlots.TryDequeue(out var key) || key is null || !_acks.Remove(key, out tcs)) return;
        }
        if (error is null) tcs.TrySetResult();
        else tcs.TrySetException(error);
    }

    private void ReleaseAcks(Exception? error)
    {
        TaskCompletionSource[] pending;
        lock (_gate)
        {
            pending = [.. _acks.Values];
            _acks.Clear();
            _replySlots.Clear();
        }
        foreach (var tcs in pending)
        {
            if (error is null) tcs.TrySetResult();
            else tcs.TrySetException(error);
        }
    }
}
