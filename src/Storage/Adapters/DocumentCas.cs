using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>What a compare-and-set change of one document did.</summary>
internal enum CasOutcome
{
    /// <summary>No document with that id.</summary>
    NotFound,
    /// <summary>The change declined (returned null): nothing written.</summary>
    Unchanged,
    /// <summary>Written.</summary>
    Updated,
}

/// <summary>
/// Compare-and-set over <see cref="IDocumentCollection.ReplaceAsync"/>: read the store version, then the document,
/// compute the change and replace at that version, retrying from a fresh read when another writer got in between.
/// Reading the version before the document matters: if the document read is newer than the version, the replace
/// fails and the loop retries, so a change is never computed from one state and written over another.
/// </summary>
internal static class DocumentCas
{
    private const int MaxAttempts = 64;

    public static async ValueTask<CasOutcome> ChangeAsync<T>(IDocumentCollection collection, string id, Func<T, T?> change, CancellationToken ct)
        where T : class
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await collection.GetVersionAsync(id, ct).ConfigureAwait(false) is not { } version) return CasOutcome.NotFound;
            if (await collection.GetAsync(id, ct).ConfigureAwait(false) is not { } doc) return CasOutcome.NotFound;
            if (change(DocumentJson.Deserialize<T>(doc)) is not { } changed) return CasOutcome.Unchanged;
            if (await collection.ReplaceAsync(id, DocumentJson.Serialize(changed), version, ct).ConfigureAwait(false)) return CasOutcome.Updated;
        }
        // Each failed replace means another writer succeeded, so the loop only ends here under extreme contention.
        throw new InvalidOperationException($"Document '{id}' in '{collection.Name}' kept changing during {MaxAttempts} compare-and-set attempts.");
    }
}
