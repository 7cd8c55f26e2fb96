namespace StudyGraph.Storage.Mongo;

/// <summary>Settings of the MongoDB store (<c>Storage:Mongo</c>).</summary>
public sealed class MongoStoreOptions
{
    /// <summary>A <c>mongodb://</c> connection string (required), e.g. <c>mongodb://mongo:27017/studygraph?replicaSet=rs0</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The database; default: the connection string's path, else <c>studygraph</c>.</summary>
    public string? Database { get; set; }

    /// <summary>How long <see cref="MongoDocumentStore.PingAsync"/> waits for an answer. Default 5 s.</summary>
    public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock the client uses (sessions, pool pruning); default the system clock.</summary>
    public TimeProvider? Time { get; set; }
}
