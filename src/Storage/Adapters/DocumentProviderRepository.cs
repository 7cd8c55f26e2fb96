using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary><see cref="IProviderRepository"/> over the <c>providers</c> collection of any document store.</summary>
public sealed class DocumentProviderRepository(IDocumentCollection collection) : IProviderRepository
{
    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("providers", []);

    /// <inheritdoc />
    public async ValueTask<Provider?> GetAsync(string id, CancellationToken ct = default) =>
        await collection.GetAsync(id, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<Provider>(doc) : null;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Provider>> ListAsync(CancellationToken ct = default)
    {
        var page = await collection.FindAsync(new DocumentQuery { Limit = 10_000 }, ct).ConfigureAwait(false);
        return page.Items.Select(DocumentJson.Deserialize<Provider>).ToList();
    }

    /// <inheritdoc />
    public async ValueTask UpsertAsync(Provider provider, CancellationToken ct = default) =>
        await collection.UpsertManyAsync([new(provider.Id, DocumentJson.Serialize(provider))], ct).ConfigureAwait(false);
}
