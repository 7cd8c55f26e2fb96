namespace StudyGraph.Redis;

public sealed partial class RedisSubscriber
{
    private long _pingsSent;
    private long _pongsReceived;

    private async Task RunSessionAsync(RespConnection connection, Action ready, CancellationToken stop)
    {
        await _writeLock.WaitAsync(stop).ConfigureAwait(false);
        try
        {
            RedisArgument[] channels, patterns;
            lock (_gate)
            {
                channels = Command("SUBSCRIBE", _channels.Keys);
                patterns = Command("PSUBSCRIBE", _patterns.Keys);
            }
            if (channels.Length > 1) connection.Write(channels);
            if (patterns.Length > 1) connection.Write(patterns);
            await connection.FlushAsync(stop).ConfigureAwait(false);
            _pingsSent = 0;
            Interlocked.Exchange(ref _pongsReceived, 0);
            _connection = connection;
        }
        finally
        {
            _writeLock.Release();
        }
        ready();
        using var end = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var read = ReadLoopAsync(connection, end.Token);
        var keepAlive = KeepAliveLoopAsync(connection, end.Token);
        try
        {
            await (await Task.WhenAny(read, keepAlive).ConfigureAwait(false)).ConfigureAwait(false);
        }
        finally
        {
            await end.CancelAsync().ConfigureAwait(false);
            connection.Abort();
            await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            _connection = null;
            _writeLock.Release();
            try { await Task.WhenAll(read, keepAlive).ConfigureAwait(false); } catch (Exception) { /* the first failure is what ended the session */ }
            ReleaseAcks(null); // registrations stay; the next connection subscribes again
        }
    }

    private static RedisArgument[] Command(string name, IReadOnlyCollection<string> targets)
    {
        var command = new RedisArgument[targets.Count + 1];
        command[0] = name;
        var i = 1;
        foreach (var target in targets) command[i++] = target;
        return command;
    }

    private async Task ReadLoopAsync(RespConnection connection, CancellationToken stop)
    {
        while (true)
        {
            var frame = await connection.ReadAsync(stop).ConfigureAwait(false);
            if (frame.Type is RespType.Array or RespType.Push && frame.Items.Count >= 2) Dispatch(frame.Items);
            else if (frame.Type == RespType.SimpleString && frame.Bytes.Span.SequenceEqual("PONG"u8)) Interlocked.Increment(ref _pongsReceived);
            else if (frame.IsError) ReleaseAcks(new RedisServerException($"Redis {connection.EndPoint}: subscription refused: {frame.AsString()}", frame.AsString() ?? ""));
        }
    }

    private void Dispatch(IReadOnlyList<RespValue> items)
    {
        var kind = items[0].Bytes.Span;
        if (kind.SequenceEqual("message"u8) && items.Count == 3)
        {
            Deliver(_channels, items[1].AsString()!, new RedisMessage(items[1].AsString()!, null, items[2].Bytes));
        }
        else if (kind.SequenceEqual("pmessage"u8) && items.Count == 4)
        {
            var pattern = items[1].AsString()!;
            Deliver(_patterns, pattern, new RedisMessage(items[2].AsString()!, pattern, items[3].Bytes));
        }
        else if (kind.SequenceEqual("subscribe"u8)) CompleteAck(false, items[1].AsString()!);
        else if (kind.SequenceEqual("psubscribe"u8)) CompleteAck(true, items[1].AsString()!);
        else if (kind.SequenceEqual("pong"u8)) Interlocked.Increment(ref _pongsReceived);
        // unsubscribe / punsubscribe confirmations need nothing: local delivery stopped when the subscription was removed.
    }

    private void Deliver(Dictionary<string, RedisSubscription[]> map, string key, RedisMessage message)
    {
        RedisSubscription[]? targets;
        lock (_gate)
        {
            if (!map.TryGetValue(key, out targets)) return;
        }
        foreach (var target in targets) target.Deliver(message);
    }

    private async Task KeepAliveLoopAsync(RespConnection connection, CancellationToken stop)
    {
        var interval = _options.KeepAlive;
        if (interval <= TimeSpan.Zero)
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            return;
        }
        var watch = new KeepAliveWatch(_options);
        while (true)
        {
            await Task.Delay(interval, _options.TimeProvider, stop).ConfigureAwait(false);
            if (Interlocked.Read(ref _pongsReceived) < _pingsSent)
            {
                if (watch.Overdue()) throw connection.Lost($"no reply to PING within {watch.Limit.TotalSeconds:0.###} s");
                continue;
            }
            await _writeLock.WaitAsync(stop).ConfigureAwait(false);
            try
            {
                connection.Write(["PING"]);
                _pingsSent++;
                watch.Sent();
                await connection.FlushAsync(stop).ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }
        }
    }
}
