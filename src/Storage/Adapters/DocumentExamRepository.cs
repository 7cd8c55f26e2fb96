using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary><see cref="IExamRepository"/> over the <c>exams</c> collection of any document store.</summary>
public sealed class DocumentExamRepository(IDocumentCollection collection) : IExamRepository
{
    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("exams", [["providerId"]]);

    /// <inheritdoc />
    public async ValueTask<Exam?> GetAsync(string id, CancellationToken ct = default) =>
        await collection.GetAsync(id, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<Exam>(doc) : null;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Exam>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default) =>
        DocumentPaging.GetManyAsync<Exam>(collection, ids, e => e.Id, ct);

    /// <inheritdoc />
    public ValueTask<Page<Exam>> ListAsync(ExamQuery query, PageRequest page, CancellationToken ct = default) =>
        DocumentPaging.PageAsync<Exam>(collection, query.ProviderId is null ? null : DocumentFilter.Eq("providerId", query.ProviderId), page, ct);

    /// <inheritdoc />
    public async ValueTask UpsertAsync(Exam exam, CancellationToken ct = default) =>
        await collection.UpsertManyAsync([new(exam.Id, DocumentJson.Serialize(exam))], ct).ConfigureAwait(false);
}
