using Microsoft.Data.Sqlite;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Sqlite;

/// <summary>
/// The embedded document store: one SQLite file in WAL mode, a table per collection holding each document as
/// JSONB with its id and version, and an expression index per queried field.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private SqliteDocumentStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Opens (creating when missing) the database file and switches it to WAL.</summary>
    public static async ValueTask<SqliteDocumentStore> OpenAsync(SqliteStoreOptions options, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, "Storage:Sqlite:Path");
        var full = Path.GetFullPath(options.Path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var store = new SqliteDocumentStore(builder.ToString());
        await using var conn = await store.ConnectAsync(ct).ConfigureAwait(false);
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT sqlite_version()";
            var version = (string)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
            if (System.Version.Parse(version) < new System.Version(3, 45))
                throw new InvalidOperationException($"SQLite {version} has no JSONB; StudyGraph needs 3.45 or later.");
        }
        return store;
    }

    /// <inheritdoc />
    public async ValueTask<IDocumentCollection> OpenAsync(CollectionDefinition definition, CancellationToken ct = default)
    {
        var table = SqliteSql.Identifier(definition.Name);
        await using var conn = await ConnectAsync(ct).ConfigureAwait(false);
        var sql = new System.Text.StringBuilder();
        sql.Append("CREATE TABLE IF NOT EXISTS ").Append(table)
           .Append(" (id TEXT NOT NULL PRIMARY KEY, version INTEGER NOT NULL, doc BLOB NOT NULL) WITHOUT ROWID;");
        AppendIndexes(sql, definition.Name, definition.Indexes, unique: false);
        AppendIndexes(sql, definition.Name, definition.UniqueIndexes ?? [], unique: true);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql.ToString();
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return new SqliteDocumentCollection(this, definition.Name);
    }

    /// <inheritdoc />
    public async ValueTask<bool> PingAsync(CancellationToken ct = default)
    {
        try
        {
            await using var conn = await ConnectAsync(ct).ConfigureAwait(false);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT 1";
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    internal async ValueTask<SqliteConnection> ConnectAsync(CancellationToken ct)
    {
        var conn = new SqliteConnection(_connectionString);
        await conn.OpenAsync(ct).ConfigureAwait(false);
        return conn;
    }

    /// <summary>
    /// A connection for a write, taken after this process's previous write has finished. SQLite admits one writer at a time;
    /// a second writer that finds the file locked gets SQLITE_BUSY, which Microsoft.Data.Sqlite retries by sleeping 150 ms
    /// on the thread. Queueing the writers here (asynchronously) instead turns that into a wait of one write's length.
    /// Writers in other processes on the same file still meet the busy retry.
    /// </summary>
    internal async ValueTask<WriteConnection> ConnectForWriteAsync(CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return new WriteConnection(await ConnectAsync(ct).ConfigureAwait(false), _writeGate);
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    /// <summary>A write connection; disposing closes it and lets the next writer in.</summary>
    internal sealed class WriteConnection(SqliteConnection connection, SemaphoreSlim gate) : IAsyncDisposable
    {
        public SqliteConnection Connection => connection;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private static void AppendIndexes(System.Text.StringBuilder sql, string collection, IReadOnlyList<IReadOnlyList<string>> indexes, bool unique)
    {
        foreach (var fields in indexes)
        {
            var paths = fields.Select(FieldPath.Parse).ToArray();
            var name = SqliteSql.Identifier((unique ? "ux_" : "ix_") + collection + "_" + string.Join("_", paths.Select(p => p.Value.Replace('.', '_'))));
            sql.Append(unique ? "CREATE UNIQUE INDEX IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ").Append(name)
               .Append(" ON ").Append(SqliteSql.Identifier(collection)).Append(" (")
               .Append(string.Join(", ", paths.Select(SqliteSql.Extract))).Append(");");
        }
    }
}
