namespace StudyGraph.Storage.Documents;

/// <summary>A document database: Sqlite (embedded default) or MongoDB.</summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>Creates the collection and its indexes when missing (idempotent), and returns it.</summary>
    ValueTask<IDocumentCollection> OpenAsync(CollectionDefinition definition, CancellationToken ct = default);

    /// <summary>True when the store answers a trivial command (for readiness checks).</summary>
    ValueTask<bool> PingAsync(CancellationToken ct = default);
}
