namespace StudyGraph.Redis;

public sealed partial class RedisSubscriber
{
    private long _pingsSent;
    private long _pongsReceived;

    private async Task RunSessionAsync(RespConnection connection, Action ready, CancellationToken stop)
    {
        TaskCompletionSource? resubscribed = null;
        await _writeLock.WaitAsync(stop).ConfigureAwait(false);
        try
        {
            string[] channels, patterns;
            lock (_gate)
            {
                channels = [.. _channels.Keys];
                patterns = [.. _patterns.Keys];
                _replySlots.Clear();
                // One command per target: each gets exactly one reply (confirmation or error), which keeps replies and slots in step.
                // The last reply (replies come in order) settles the re-subscription as a whole.
                var count = channels.Length + patterns.Length;
                for (var i = 0; i < count - 1; i++) _replySlots.Enqueue(null);
                if (count > 0)
                {
                    resubscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _acks[ResubscribedKey] = resubscribed;
                    _replySlots.Enqueue(ResubscribedKey);
                }
            }
            foreach (var channel in channels) connection.Write(["SUBSCRIBE", channel]);
            foreach (var pattern in patterns) connection.Write(["PSUBSCRIBE", pattern]);
            await connection.FlushAsync(stop).ConfigureAwait(false);
            _pingsSent = 0;
            Interlocked.Exchange(ref _pongsReceived, 0);
            _connection = connection;
        }
        finally
        {
            _writeLock.Release();
        }
        using var end = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var read = ReadLoopAsync(connection, end.Token);
        Task keepAlive = Task.CompletedTask;
        try
        {
            // Connected means subscribed: a message published once the state says Connected reaches this subscriber.
            if (resubscribed is not null) await AwaitResubscribedAsync(connection, resubscribed.Task, read, stop).ConfigureAwait(false);
            ready();
            keepAlive = KeepAliveLoopAsync(connection, end.Token);
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

    private const string ResubscribedKey = "\0resubscribed";

    private async Task AwaitResubscribedAsync(RespConnection connection, Task resubscribed, Task read, CancellationToken stop)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var timeout = Task.Delay(_options.ConnectTimeout, _options.TimeProvider, timer.Token);
        var first = await Task.WhenAny(resubscribed, read, timeout).ConfigureAwait(false);
        if (first != timeout) await timer.CancelAsync().ConfigureAwait(false);
        if (first == read) await read.ConfigureAwait(false); // the connection failed: its error ends the session
        else if (first == timeout)
        {
            stop.ThrowIfCancellationRequested();
            throw connection.Lost($"no confirmation of SUBSCRIBE within {_options.ConnectTimeout.TotalMilliseconds:0} ms");
        }
        // A refused last channel (e.g. NOPERM) faults the slot; the connection is usable either way.
        else _ = resubscribed.Exception;
    }

    private async Task ReadLoopAsync(RespConnection connection, CancellationToken stop)
    {
        while (true)
        {
            var frame = await connection.ReadAsync(stop).ConfigureAwait(false);
            if (frame.Type is RespType.Array or RespType.Push && frame.Items.Count >= 2) Dispatch(frame.Items);
            else if (frame.Type == RespType.SimpleString && frame.Bytes.Span.SequenceEqual("PONG"u8))
            {
                Interlocked.Increment(ref _pongsReceived);
                TakeReplySlot(null);
            }
            else if (frame.IsError) TakeReplySlot(new RedisServerException($"Redis {connection.EndPoint}: subscription refused: {frame.AsString()}", frame.AsString() ?? ""));
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
        else if (kind.SequenceEqual("pong"u8))
        {
            Interlocked.Increment(ref _pongsReceived);
            TakeReplySlot(null);
        }
        // subscribe, psubscribe, unsubscribe, punsubscribe: each answers one command we sent, in order.
        else if (kind.SequenceEqual("subscribe"u8) || kind.SequenceEqual("psubscribe"u8) || kind.SequenceEqual("unsubscribe"u8) || kind.SequenceEqual("punsubscribe"u8)) TakeReplySlot(null);
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
                lock (_gate) _replySlots.Enqueue(null);
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
