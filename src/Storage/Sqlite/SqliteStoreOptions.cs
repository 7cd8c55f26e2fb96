namespace StudyGraph.Storage.Sqlite;

/// <summary>Settings of the embedded store (<c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file (created when missing, with its folder). Default <c>data/studygraph.db</c>.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "studygraph.db");

    /// <summary>How long a write waits for another writer before failing. Default 10 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
