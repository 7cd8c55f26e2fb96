using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>A database handle.</summary>
public sealed class MongoDatabase
{
    internal MongoDatabase(MongoClient client, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Client = client;
        Name = name;
    }

    /// <summary>The client.</summary>
    public MongoClient Client { get; }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>A collection handle (no I/O).</summary>
    public MongoCollection GetCollection(string name) => new(this, name);

    /// <summary>Runs a command against this database.</summary>
    public Task<BsonDocument> RunCommandAsync(BsonDocument command, CancellationToken ct = default) => Client.RunCommandAsync(Name, command, ct);
}
