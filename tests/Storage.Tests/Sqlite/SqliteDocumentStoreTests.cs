using System.Text;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Sqlite;
using StudyGraph.Storage.Tests.Documents;

namespace StudyGraph.Storage.Tests.Sqlite;

/// <summary>The store contract over the embedded store, each test on a new database file.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("studygraph-sqlite-").FullName;

    protected override async ValueTask<IDocumentStore> CreateStoreAsync() =>
        await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_dir, "test.db") });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* best effort */ }
    }

    [Fact]
    public async Task Documents_survive_reopening_the_file_and_the_journal_is_wal()
    {
        var path = Path.Combine(_dir, "reopen.db");
        await using (var store = await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = path }))
        {
            var c = await store.OpenAsync(new CollectionDefinition("things", []));
            await c.InsertAsync("k", Encoding.UTF8.GetBytes("{\"id\":\"k\",\"n\":1}"));
        }
        await using (var store = await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = path }))
        {
            var c = await store.OpenAsync(new CollectionDefinition("things", []));
            Assert.Equal("{\"id\":\"k\",\"n\":1}", Encoding.UTF8.GetString((await c.GetAsync("k"))!));
        }
        await using var conn = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Queries_on_indexed_fields_use_the_expression_index()
    {
        var path = Path.Combine(_dir, "plan.db");
        await using var store = await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = path });
        await store.OpenAsync(new CollectionDefinition("things", [["group"]]));
        await using var conn = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM \"things\" WHERE json_extract(doc, '$.group') = 'g1'";
        await using var reader = await cmd.ExecuteReaderAsync();
        var plan = new StringBuilder();
        while (await reader.ReadAsync()) plan.Append(reader.GetString(3));
        Assert.Contains("ix_things_group", plan.ToString());
    }
}
