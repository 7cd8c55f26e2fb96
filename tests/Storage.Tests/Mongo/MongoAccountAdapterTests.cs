using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Tests.Adapters;
using StudyGraph.Storage.Tests.Mongo.Support;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>The account adapter contract over the Mongo store (MONGODB_URI); skipped with the reason without it.</summary>
[RequiresEnvironment(ServerStores.Variable, ServerStores.Reason)]
public sealed class MongoAccountAdapterTests : AccountAdapterContract
{
    protected override async ValueTask<IDocumentStore> CreateStoreAsync() => await ServerStores.OpenAsync();
}
