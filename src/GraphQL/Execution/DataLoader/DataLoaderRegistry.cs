namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// The per-request set of <see cref="DataLoader{TKey, TValue}"/>s, kept in the request's user context. The executor
/// dispatches every loader's queued keys whenever the running work is waiting (so a list of N objects loading by key
/// makes one batch call per level).
/// </summary>
public sealed class DataLoaderRegistry
{
    /// <summary>The user-context key under which the registry is stored.</summary>
    public const string ContextKey = "StudyGraph.DataLoaders";

    private readonly Dictionary<string, IBatchDispatcher> _loaders = new(StringComparer.Ordinal);
    private TaskCompletionSource? _pendingSignal;

    /// <summary>The registry of the request whose user context is <paramref name="userContext"/>, created when missing.</summary>
    public static DataLoaderRegistry Attach(IDictionary<string, object?> userContext)
    {
        ArgumentNullException.ThrowIfNull(userContext);
        lock (userContext)
        {
            if (userContext.TryGetValue(ContextKey, out var existing) && existing is DataLoaderRegistry r) return r;
            var registry = new DataLoaderRegistry();
            userContext[ContextKey] = registry;
            return registry;
        }
    }

    /// <summary>The loader named <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch) where TKey : notnull
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing)) return (DataLoader<TKey, TValue>)existing;
            var loader = new DataLoader<TKey, TValue>(batch, this);
            _loaders[name] = loader;
            return loader;
        }
    }

    /// <summary>Whether some loader has queued keys.</summary>
    internal bool HasPending
    {
        get
        {
            lock (_loaders)
            {
                foreach (var l in _loaders.Values)
                {
                    if (l.HasPending) return true;
                }
                return false;
            }
        }
    }

    /// <summary>Dispatches every loader with queued keys and waits for their batches.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        // Dispatch outside the lock, from a snapshot: a batch that completes synchronously runs its continuations
        // inline, and those may create or queue on loaders (re-entering this registry).
        List<IBatchDispatcher>? pending = null;
        lock (_loaders)
        {
            foreach (var l in _loaders.Values)
            {
                if (l.HasPending) (pending ??= []).Add(l);
            }
        }
        if (pending is null) return Task.CompletedTask;
        var tasks = new Task[pending.Count];
        for (var i = 0; i < tasks.Length; i++) tasks[i] = pending[i].DispatchAsync(cancellationToken);
        return Task.WhenAll(tasks);
    }

    /// <summary>Completes when a key is queued (at once when one already is).</summary>
    internal Task WhenPendingAsync()
    {
        lock (_loaders)
        {
            if (HasPending) return Task.CompletedTask;
            _pendingSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _pendingSignal.Task;
        }
    }

    internal void NotifyPending()
    {
        TaskCompletionSource? signal;
        lock (_loaders)
        {
            signal = _pendingSignal;
            _pendingSignal = null;
        }
        signal?.TrySetResult();
    }
}
