using StudyGraph.Domain.Learning;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary><see cref="IQuestionRatingStore"/> over the <c>questionRatings</c> collection, keyed by question id (last write wins, as the port allows).</summary>
public sealed class DocumentQuestionRatingStore(IDocumentCollection collection) : IQuestionRatingStore
{
    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("questionRatings", [["examId"]]);

    /// <inheritdoc />
    public async ValueTask<QuestionRating?> GetAsync(string questionId, CancellationToken ct = default) =>
        await collection.GetAsync(questionId, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<QuestionRating>(doc) : null;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<QuestionRating>> ListByExamAsync(string examId, CancellationToken ct = default) =>
        await DocumentPaging.ReadAllAsync(collection, DocumentFilter.Eq("examId", examId), [], DocumentJson.Deserialize<QuestionRating>, ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask SaveAsync(QuestionRating rating, CancellationToken ct = default) =>
        await collection.UpsertManyAsync([new(rating.QuestionId, DocumentJson.Serialize(rating))], ct).ConfigureAwait(false);
}
