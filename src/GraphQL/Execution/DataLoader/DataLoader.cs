namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// A per-request batch loader: <see cref="LoadAsync"/> queues a key (or answers from the per-request cache) and the
/// executor later calls the batch function once with every queued key. A key the batch leaves out, or a batch that
/// throws, fails the loads (each becomes a field error of the fields that waited on it).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The loaded value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly Dictionary<TKey, Task<TValue>> _cache = new();
    private List<(TKey Key, TaskCompletionSource<TValue> Completion)> _queue = [];

    internal DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch, DataLoaderRegistry registry)
    {
        _batch = batch;
        _registry = registry;
    }

    /// <summary>How many times the batch function was called.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Whether keys are queued.</summary>
    public bool HasPending
    {
        get
        {
            lock (_cache) return _queue.Count > 0;
        }
    }

    /// <summary>The value for <paramref name="key"/>: cached for the request, else queued for the next batch.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue> completion;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            completion = new TaskCompletionSource<TValue>();
            _cache[key] = completion.Task;
            _queue.Add((key, completion));
        }
        _registry.NotifyPending();
        return completion.Task;
    }

    /// <summary>Calls the batch function with the queued keys and completes their loads.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue> Completion)> batch;
        lock (_cache)
        {
            if (_queue.Count == 0) return;
            batch = _queue;
            _queue = [];
            BatchCount++;
        }
        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = batch[i].Key;
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            lock (_cache)
            {
                foreach (var (key, _) in batch) _cache.Remove(key);
            }
            foreach (var (_, completion) in batch) completion.TrySetException(ex);
            return;
        }
        foreach (var (key, completion) in batch)
        {
            if (values.TryGetValue(key, out var value)) completion.TrySetResult(value);
            else completion.TrySetException(new GraphQLException($"No value was loaded for key {key}."));
        }
    }
}
