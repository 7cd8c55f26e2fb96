using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="IAnswerEventStore"/> over the append-only <c>answerEvents</c> collection, keyed by event id (so a
/// redelivered event is ignored) and indexed by learner and time.
/// </summary>
public sealed class DocumentAnswerEventStore(IDocumentCollection collection) : IAnswerEventStore
{
    private static readonly SortKey[] Oldest = [SortKey.Asc("occurredAt")];

    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("answerEvents",
        [["userId", "occurredAt"], ["examId", "occurredAt"], ["questionId", "occurredAt"], ["sessionId", "occurredAt"], ["occurredAt"]]);

    /// <inheritdoc />
    public async ValueTask AppendAsync(AnswerRecorded answer, CancellationToken ct = default)
    {
        // Times are stored in UTC so that their ISO text sorts and compares chronologically.
        var utc = answer with { OccurredAt = answer.OccurredAt.ToUniversalTime() };
        // An event id that exists already is a redelivery: the insert writes nothing and that is the answer.
        await collection.InsertAsync(answer.EventId, DocumentJson.Serialize(utc), ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<AnswerRecorded>> QueryAsync(AnswerEventQuery query, CancellationToken ct = default)
    {
        if (query.Limit is <= 0) return [];
        return await DocumentPaging.ReadAllAsync(collection, Filter(query), Oldest, DocumentJson.Deserialize<AnswerRecorded>, ct, query.Limit).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default) =>
        checked((int)await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false));

    private static DocumentFilter? Filter(AnswerEventQuery q)
    {
        var parts = new List<DocumentFilter>(6);
        if (q.UserId is not null) parts.Add(DocumentFilter.Eq("userId", q.UserId));
        if (q.ExamId is not null) parts.Add(DocumentFilter.Eq("examId", q.ExamId));
        if (q.QuestionId is not null) parts.Add(DocumentFilter.Eq("questionId", q.QuestionId));
        if (q.SessionId is not null) parts.Add(DocumentFilter.Eq("sessionId", q.SessionId));
        if (q.Since is { } since) parts.Add(DocumentFilter.Field("occurredAt", FilterOperator.Gte, since));
        if (q.Until is { } until) parts.Add(DocumentFilter.Field("occurredAt", FilterOperator.Lt, until));
        return parts.Count == 0 ? null : DocumentFilter.And([.. parts]);
    }
}
