using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Tests.Mongo.Support;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>The contract over the Mongo store, in a fresh database on the server MONGODB_URI names (skipped without it).</summary>
[RequiresEnvironment(ServerStores.Variable, ServerStores.Reason)]
public sealed class MongoCatalogConnectionTests : CatalogConnectionContract
{
    protected override async ValueTask<IDocumentStore> CreateStoreAsync() => await ServerStores.OpenAsync();
}
