using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Adapters;

public sealed class SqliteServicesOverStoreTests : ServicesOverStoreContract, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override ValueTask<IDocumentStore> CreateStoreAsync() => _stores.CreateAsync();

    public void Dispose() => _stores.Dispose();
}
