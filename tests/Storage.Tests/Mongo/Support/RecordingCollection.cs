using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Mongo.Support;

/// <summary>An <see cref="IDocumentCollection"/> that keeps the exact JSON bytes of every document written through it.</summary>
public sealed class RecordingCollection(IDocumentCollection inner) : IDocumentCollection
{
    public List<byte[]> Written { get; } = [];

    public string Name => inner.Name;

    public ValueTask<byte[]?> GetAsync(string id, CancellationToken ct = default) => inner.GetAsync(id, ct);

    public ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default) => inner.GetManyAsync(ids, ct);

    public ValueTask<bool> InsertAsync(string id, ReadOnlyMemory<byte> json, CancellationToken ct = default)
    {
        lock (Written) Written.Add(json.ToArray());
        return inner.InsertAsync(id, json, ct);
    }

    public ValueTask UpsertManyAsync(IReadOnlyList<KeyValuePair<string, byte[]>> documents, CancellationToken ct = default)
    {
        lock (Written) Written.AddRange(documents.Select(d => d.Value));
        return inner.UpsertManyAsync(documents, ct);
    }

    public ValueTask<bool> ReplaceAsync(string id, ReadOnlyMemory<byte> json, long expectedVersion, CancellationToken ct = default)
    {
        lock (Written) Written.Add(json.ToArray());
        return inner.ReplaceAsync(id, json, expectedVersion, ct);
    }

    public ValueTask<long?> GetVersionAsync(string id, CancellationToken ct = default) => inner.GetVersionAsync(id, ct);

    public ValueTask UpdateAsync(string id, IReadOnlyList<FieldUpdate> updates, ReadOnlyMemory<byte> seed, CancellationToken ct = default) => inner.UpdateAsync(id, updates, seed, ct);

    public ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default) => inner.DeleteAsync(id, ct);

    public ValueTask<long> DeleteManyAsync(DocumentFilter filter, CancellationToken ct = default) => inner.DeleteManyAsync(filter, ct);

    public ValueTask<DocumentPage> FindAsync(DocumentQuery query, CancellationToken ct = default) => inner.FindAsync(query, ct);

    public ValueTask<long> CountAsync(DocumentFilter? filter = null, CancellationToken ct = default) => inner.CountAsync(filter, ct);
}
