using StudyGraph.Domain.InMemory;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>
/// Base of the adapter contracts: each test gets a new, empty store (from <see cref="CreateStoreAsync"/>) with every
/// collection opened through <see cref="DocumentRepositories"/>. A store runs the contracts by subclassing each with
/// its factory (Sqlite here; Mongo when MONGODB_URI is set).
/// </summary>
public abstract class AdapterContract : IAsyncLifetime
{
    private IDocumentStore? _store;
    private DocumentRepositories? _repos;

    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store.</summary>
    protected abstract ValueTask<IDocumentStore> CreateStoreAsync();

    protected ManualTimeProvider Time { get; } = new(T0);

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("not initialized");

    protected DocumentRepositories Repos => _repos ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        _repos = await DocumentRepositories.OpenAsync(_store, Time, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
    }

    /// <summary>A second set of adapters over the same store, as a second API instance would have.</summary>
    protected Task<DocumentRepositories> SecondInstanceAsync() => DocumentRepositories.OpenAsync(Store, Time, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="count"/> copies of <paramref name="body"/> at once, each on a thread of its own released
    /// together (the Sqlite client completes "async" calls synchronously, so thread-pool tasks would barely overlap).
    /// </summary>
    protected static async Task<T[]> RaceAsync<T>(int count, Func<int, Task<T>> body)
    {
        using var barrier = new Barrier(count);
        var tasks = new Task<T>[count];
        for (var i = 0; i < count; i++)
        {
            var n = i;
            tasks[i] = Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait();
                return body(n).GetAwaiter().GetResult();
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        return await Task.WhenAll(tasks);
    }
}
