using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

/// <summary>
/// A collection handle. Commands are built exactly as the official drivers build them (field names and order,
/// checked against the Node driver by the capture-server tests); bulk payloads travel as OP_MSG document sequences.
/// </summary>
public sealed partial class MongoCollection
{
    internal MongoCollection(MongoDatabase database, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Database = database;
        Name = name;
    }

    /// <summary>The database.</summary>
    public MongoDatabase Database { get; }

    /// <summary>The collection name.</summary>
    public string Name { get; }

    /// <summary>"database.collection".</summary>
    public string Namespace => Database.Name + "." + Name;

    private MongoClient Client => Database.Client;

    private Task<CommandResult> RunAsync(BsonDocument body, CommandKind kind, CancellationToken ct, IReadOnlyList<DocumentSequence>? sequences = null) =>
        Client.ExecuteAsync(new CommandRequest(Database.Name, body, kind) { Sequences = sequences ?? [] }, ct);

    /// <summary>Drops the collection; false when it did not exist.</summary>
    public async Task<bool> DropAsync(CancellationToken ct = default)
    {
        try
        {
            await RunAsync(new BsonDocument { { "drop", Name }, { "writeConcern", Client.WriteConcern } }, CommandKind.NoRetry, ct).ConfigureAwait(false);
            return true;
        }
        catch (MongoCommandException ex) when (ex.Code == 26)
        {
            return false; // NamespaceNotFound
        }
    }
}
