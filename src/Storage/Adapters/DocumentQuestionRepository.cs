using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="IQuestionRepository"/> over the <c>questions</c> collection of any document store, plus connection queries
/// (<see cref="FindAsync"/>, <see cref="CountAsync"/>) on the fields listed in <c>src/Storage/README.md</c>.
/// </summary>
public sealed class DocumentQuestionRepository(IDocumentCollection collection) : IQuestionRepository
{
    /// <summary>The collection and its indexes (every field the API filters or sorts on).</summary>
    public static CollectionDefinition Definition { get; } = new("questions",
        [["examId"], ["topicId"], ["difficulty"], ["type"], ["examId", "topicId"], ["examId", "difficulty"], ["examId", "type"]]);

    /// <inheritdoc />
    public async ValueTask<Question?> GetAsync(string id, CancellationToken ct = default) =>
        await collection.GetAsync(id, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<Question>(doc) : null;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Question>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default) =>
        DocumentPaging.GetManyAsync<Question>(collection, ids, q => q.Id, ct);

    /// <inheritdoc />
    public ValueTask<Page<Question>> ListAsync(QuestionQuery query, PageRequest page, CancellationToken ct = default) =>
        DocumentPaging.PageAsync<Question>(collection, Filter(query), page, ct);

    /// <summary>One connection page: filter, order and a keyset window (first/after or last/before).</summary>
    /// <exception cref="InvalidCursorException">A cursor that this query's order did not produce.</exception>
    public ValueTask<TypedPage<Question>> FindAsync(DocumentQuery query, CancellationToken ct = default) =>
        DocumentPaging.FindAsync(collection, query, DocumentJson.Deserialize<Question>, ct);

    /// <summary>How many questions match <paramref name="where"/> (all when null): a connection's total count.</summary>
    public ValueTask<long> CountAsync(DocumentFilter? where, CancellationToken ct = default) => collection.CountAsync(where, ct);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<QuestionSummary>> ListSummariesAsync(string examId, CancellationToken ct = default)
    {
        var result = new List<QuestionSummary>();
        string? after = null;
        while (true)
        {
            var page = await collection.FindAsync(new DocumentQuery { Where = DocumentFilter.Eq("examId", examId), Limit = 5_000, After = after }, ct).ConfigureAwait(false);
            foreach (var doc in page.Items)
            {
                var q = DocumentJson.Deserialize<Question>(doc);
                result.Add(new QuestionSummary(q.Id, q.ExamId, q.TopicId, q.Difficulty));
            }
            if (!page.HasNextPage) return result;
            after = page.Cursors[^1];
        }
    }

    /// <inheritdoc />
    public async ValueTask UpsertManyAsync(IReadOnlyList<Question> questions, CancellationToken ct = default)
    {
        var docs = new List<KeyValuePair<string, byte[]>>(questions.Count);
        foreach (var q in questions) docs.Add(new(q.Id, DocumentJson.Serialize(q)));
        await collection.UpsertManyAsync(docs, ct).ConfigureAwait(false);
    }

    private static DocumentFilter? Filter(QuestionQuery q)
    {
        var parts = new List<DocumentFilter>();
        if (q.ExamId is not null) parts.Add(DocumentFilter.Eq("examId", q.ExamId));
        if (q.TopicId is not null) parts.Add(DocumentFilter.Eq("topicId", q.TopicId));
        if (q.Difficulty is { } d) parts.Add(DocumentFilter.Eq("difficulty", d));
        if (q.Tag is not null) parts.Add(DocumentFilter.Field("tags", FilterOperator.ArrayContains, q.Tag));
        return parts.Count == 0 ? null : DocumentFilter.And([.. parts]);
    }
}
