using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Tests.Adapters;
using StudyGraph.Storage.Tests.Mongo.Support;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>The bookmark repository contract over the Mongo store (MONGODB_URI); skipped with the reason without it.</summary>
[RequiresEnvironment(ServerStores.Variable, ServerStores.Reason)]
public sealed class MongoBookmarkRepositoryTests : BookmarkRepositoryContract
{
    protected override async ValueTask<IDocumentStore> CreateStoreAsync() => await ServerStores.OpenAsync();
}
