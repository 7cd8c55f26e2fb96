using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="IExamRepository"/> over the <c>exams</c> collection of any document store, plus connection queries
/// (<see cref="FindAsync"/>, <see cref="CountAsync"/>) on the fields listed in <c>src/Storage/README.md</c>.
/// </summary>
public sealed class DocumentExamRepository(IDocumentCollection collection) : IExamRepository
{
    /// <summary>The collection and its indexes (every field the API filters or sorts on).</summary>
    public static CollectionDefinition Definition { get; } = new("exams", [["providerId"], ["name"], ["code"], ["providerId", "name"]]);

    /// <inheritdoc />
    public async ValueTask<Exam?> GetAsync(string id, CancellationToken ct = default) =>
        await collection.GetAsync(id, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<Exam>(doc) : null;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Exam>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default) =>
        DocumentPaging.GetManyAsync<Exam>(collection, ids, e => e.Id, ct);

    /// <inheritdoc />
    public ValueTask<Page<Exam>> ListAsync(ExamQuery query, PageRequest page, CancellationToken ct = default) =>
        DocumentPaging.PageAsync<Exam>(collection, query.ProviderId is null ? null : DocumentFilter.Eq("providerId", query.ProviderId), page, ct);

    /// <summary>One connection page: filter, order and a keyset window (first/after or last/before).</summary>
    /// <exception cref="InvalidCursorException">A cursor that this query's order did not produce.</exception>
    public ValueTask<TypedPage<Exam>> FindAsync(DocumentQuery query, CancellationToken ct = default) =>
        DocumentPaging.FindAsync(collection, query, DocumentJson.Deserialize<Exam>, ct);

    /// <summary>How many exams match <paramref name="where"/> (all when null): a connection's total count.</summary>
    public ValueTask<long> CountAsync(DocumentFilter? where, CancellationToken ct = default) => collection.CountAsync(where, ct);

    /// <inheritdoc />
    public async ValueTask UpsertAsync(Exam exam, CancellationToken ct = default) =>
        await collection.UpsertManyAsync([new(exam.Id, DocumentJson.Serialize(exam))], ct).ConfigureAwait(false);
}
