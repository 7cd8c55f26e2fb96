using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Adapters;

public sealed class SqliteCatalogConnectionTests : CatalogConnectionContract, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override ValueTask<IDocumentStore> CreateStoreAsync() => _stores.CreateAsync();

    public void Dispose() => _stores.Dispose();
}
