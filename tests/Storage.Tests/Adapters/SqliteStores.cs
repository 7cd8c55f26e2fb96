using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Sqlite;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>New Sqlite stores on files in one temporary folder, removed with it.</summary>
public sealed class SqliteStores : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("studygraph-adapters-").FullName;
    private int _next;

    public async ValueTask<IDocumentStore> CreateAsync() => (await CreateWithPathAsync()).Store;

    /// <summary>A new store and its file, for tests that look at the database itself.</summary>
    public async ValueTask<(SqliteDocumentStore Store, string Path)> CreateWithPathAsync()
    {
        var path = Path.Combine(_dir, $"store{Interlocked.Increment(ref _next)}.db");
        return (await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = path }), path);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
