using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>The bookmark contract over the Domain's in-memory repository (the store only backs the unused adapters).</summary>
public sealed class InMemoryBookmarkRepositoryTests : BookmarkRepositoryContract, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override ValueTask<IDocumentStore> CreateStoreAsync() => _stores.CreateAsync();

    protected override IBookmarkRepository CreateRepository() => new InMemoryBookmarkRepository(Time);

    public void Dispose() => _stores.Dispose();
}
