namespace StudyGraph.Storage.Documents;

/// <summary>
/// One collection of JSON documents keyed by a string id, with a store-managed version for optimistic
/// concurrency. Sqlite and MongoDB implement it; the Domain adapters are written once against it.
/// </summary>
public interface IDocumentCollection
{
    /// <summary>The collection's name.</summary>
    string Name { get; }

    /// <summary>The document with <paramref name="id"/> (UTF-8 JSON), or null.</summary>
    ValueTask<byte[]?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The documents with these ids that exist, in no particular order.</summary>
    ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default);

    /// <summary>Inserts a new document at version 1; false (and nothing written) when the id exists.</summary>
    ValueTask<bool> InsertAsync(string id, ReadOnlyMemory<byte> json, CancellationToken ct = default);

    /// <summary>Inserts or replaces documents by id, atomically as one batch; the version of each becomes one more than before.</summary>
    ValueTask UpsertManyAsync(IReadOnlyList<KeyValuePair<string, byte[]>> documents, CancellationToken ct = default);

    /// <summary>
    /// Replaces the document when its stored version equals <paramref name="expectedVersion"/>, setting the
    /// version to <paramref name="expectedVersion"/> + 1; false (nothing written) otherwise or when it does not exist.
    /// </summary>
    ValueTask<bool> ReplaceAsync(string id, ReadOnlyMemory<byte> json, long expectedVersion, CancellationToken ct = default);

    /// <summary>The stored version of the document, or null when it does not exist.</summary>
    ValueTask<long?> GetVersionAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Applies <paramref name="updates"/> atomically; when the document does not exist it is first created
    /// from <paramref name="seed"/> (then updated). Concurrent updates never lose an increment.
    /// </summary>
    ValueTask UpdateAsync(string id, IReadOnlyList<FieldUpdate> updates, ReadOnlyMemory<byte> seed, CancellationToken ct = default);

    /// <summary>Deletes the document; false when it did not exist.</summary>
    ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default);

    /// <summary>Deletes every document matching <paramref name="filter"/>; returns how many.</summary>
    ValueTask<long> DeleteManyAsync(DocumentFilter filter, CancellationToken ct = default);

    /// <summary>One page of documents.</summary>
    ValueTask<DocumentPage> FindAsync(DocumentQuery query, CancellationToken ct = default);

    /// <summary>How many documents match <paramref name="filter"/> (all when null).</summary>
    ValueTask<long> CountAsync(DocumentFilter? filter = null, CancellationToken ct = default);
}
