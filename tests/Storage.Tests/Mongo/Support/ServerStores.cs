using StudyGraph.Mongo.Bson;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Mongo;

namespace StudyGraph.Storage.Tests.Mongo.Support;

/// <summary>Stores on the real server named by MONGODB_URI, each in a database of its own that is dropped on dispose.</summary>
public static class ServerStores
{
    public const string Variable = "MONGODB_URI";

    public const string Reason = "the Mongo store runs against a real MongoDB server (4.2 or later) only";

    public static async Task<IDocumentStore> OpenAsync()
    {
        var uri = Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException(Variable + " is not set");
        var store = await MongoDocumentStore.OpenAsync(new MongoStoreOptions
        {
            ConnectionString = uri,
            Database = "studygraph_test_" + Guid.NewGuid().ToString("N")[..12],
        });
        return new DroppingStore(store);
    }

    private sealed class DroppingStore(MongoDocumentStore inner) : IDocumentStore
    {
        public ValueTask<IDocumentCollection> OpenAsync(CollectionDefinition definition, CancellationToken ct = default) => inner.OpenAsync(definition, ct);

        public ValueTask<bool> PingAsync(CancellationToken ct = default) => inner.PingAsync(ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.Database.RunCommandAsync(new BsonDocument("dropDatabase", 1));
            }
            finally
            {
                await inner.DisposeAsync();
            }
        }
    }
}
