using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Mongo;

/// <summary>
/// The MongoDB document store: each collection holds documents <c>{ _id, v, d }</c> (id, version, the JSON
/// document as BSON) through our own wire client; indexes on <c>d.*</c> are created when a collection is opened.
/// Writes use the client's write concern (majority by default). See src/Storage/Mongo/README.md.
/// </summary>
public sealed class MongoDocumentStore : IDocumentStore
{
    private readonly MongoClient _client;
    private readonly TimeSpan _pingTimeout;

    private MongoDocumentStore(MongoClient client, string database, TimeSpan pingTimeout)
    {
        _client = client;
        Database = client.GetDatabase(database);
        _pingTimeout = pingTimeout;
    }

    /// <summary>The database the collections live in.</summary>
    public MongoDatabase Database { get; }

    /// <summary>Connects (a <c>ping</c> on the primary) and returns the store.</summary>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    /// <exception cref="MongoException">The server could not be reached or refused the credentials.</exception>
    public static async Task<MongoDocumentStore> OpenAsync(MongoStoreOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new ArgumentException("Storage:Mongo:ConnectionString is required (e.g. mongodb://localhost:27017/studygraph).", nameof(options));
        MongoUrl url;
        try
        {
            url = MongoUrl.Parse(options.ConnectionString);
        }
        catch (MongoConfigurationException e)
        {
            throw new ArgumentException($"Storage:Mongo:ConnectionString is invalid: {e.Message}", nameof(options), e);
        }
        var database = string.IsNullOrEmpty(options.Database) ? url.Database ?? "studygraph" : options.Database;
        ValidateDatabaseName(database);
        var client = new MongoClient(url, options.Time);
        try
        {
            await client.RunCommandAsync("admin", new BsonDocument("ping", 1), ct).ConfigureAwait(false);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new MongoDocumentStore(client, database, options.PingTimeout);
    }

    /// <inheritdoc />
    public async ValueTask<IDocumentCollection> OpenAsync(CollectionDefinition definition, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        FieldPath.Parse(definition.Name);
        if (definition.Name.Contains('.', StringComparison.Ordinal)) throw new ArgumentException($"'{definition.Name}' is not a collection name.", nameof(definition));
        var collection = Database.GetCollection(definition.Name);
        var indexes = IndexModels(definition);
        // createIndexes is idempotent for identical specifications and creates the collection when missing.
        if (indexes.Count > 0) await collection.CreateIndexesAsync(indexes, ct).ConfigureAwait(false);
        return new MongoDocumentCollection(collection);
    }

    /// <summary>
    /// The indexes a definition asks for: each field on its stored path, then <c>_id</c> (as SQLite's indexes of a
    /// WITHOUT ROWID table end with the key), so a filter on the fields plus the id-ordered keyset page is one index
    /// range with no sort; unique ones without <c>_id</c>, only over documents that have every field.
    /// </summary>
    public static List<CreateIndexModel> IndexModels(CollectionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var models = new List<CreateIndexModel>();
        foreach (var fields in definition.Indexes) models.Add(new CreateIndexModel(Keys(fields).Add("_id", 1)));
        foreach (var fields in definition.UniqueIndexes ?? [])
        {
            // As in the embedded store (and SQL), documents without the field do not collide with each other.
            var partial = new BsonDocument();
            foreach (var f in fields) partial.Add(MongoQueryTranslator.StoredPath(FieldPath.Parse(f)), new BsonDocument("$exists", true));
            models.Add(new CreateIndexModel(Keys(fields)) { Unique = true, PartialFilterExpression = partial });
        }
        return models;
    }

    /// <inheritdoc />
    public async ValueTask<bool> PingAsync(CancellationToken ct = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_pingTimeout);
        try
        {
            var reply = await _client.RunCommandAsync("admin", new BsonDocument("ping", 1), cts.Token).ConfigureAwait(false);
            return reply.TryGetValue("ok", out var ok) && ok.IsNumeric && ok.ToDouble() == 1.0;
        }
        catch (MongoException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _client.DisposeAsync();

    private static BsonDocument Keys(IReadOnlyList<string> fields)
    {
        if (fields.Count == 0) throw new ArgumentException("An index needs at least one field.");
        var keys = new BsonDocument(fields.Count);
        foreach (var f in fields) keys.Add(MongoQueryTranslator.StoredPath(FieldPath.Parse(f)), 1);
        return keys;
    }

    private static void ValidateDatabaseName(string name)
    {
        if (name.Length is 0 or > 63 || name.IndexOfAny(['/', '\\', '.', ' ', '"', '$', '*', '<', '>', ':', '|', '?', '\0']) >= 0)
            throw new ArgumentException($"Storage:Mongo:Database '{name}' is not a valid MongoDB database name.");
    }
}
