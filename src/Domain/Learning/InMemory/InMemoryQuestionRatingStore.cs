namespace StudyGraph.Domain.Learning;

/// <summary>Thread-safe in-memory <see cref="IQuestionRatingStore"/>.</summary>
public sealed class InMemoryQuestionRatingStore : IQuestionRatingStore
{
    private readonly Dictionary<string, QuestionRating> _byId = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public ValueTask<QuestionRating?> GetAsync(string questionId, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_byId.GetValueOrDefault(questionId));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<QuestionRating>> ListByExamAsync(string examId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<QuestionRating> list = _byId.Values.Where(r => r.ExamId == examId).OrderBy(r => r.QuestionId, StringComparer.Ordinal).ToArray();
            return ValueTask.FromResult(list);
        }
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(QuestionRating rating, CancellationToken ct = default)
    {
        lock (_gate) _byId[rating.QuestionId] = rating;
        return ValueTask.CompletedTask;
    }
}
