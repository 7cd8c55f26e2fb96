using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Tests.Documents;
using StudyGraph.Storage.Tests.Mongo.Support;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>
/// The store contract over the Mongo store, each test in a fresh database on the server MONGODB_URI names.
/// Without it, every inherited test is reported as skipped with the reason (see EnvironmentGatedTestFramework).
/// </summary>
[RequiresEnvironment(ServerStores.Variable, ServerStores.Reason)]
public sealed class MongoDocumentStoreContractTests : DocumentStoreContract
{
    protected override async ValueTask<IDocumentStore> CreateStoreAsync() => await ServerStores.OpenAsync();
}
