using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Ports;

/// <summary>Stores questions (with their choices embedded).</summary>
public interface IQuestionRepository
{
    /// <summary>The question with <paramref name="id"/>, or null.</summary>
    ValueTask<Question?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The questions with the given ids that exist, in the order of <paramref name="ids"/>.</summary>
    ValueTask<IReadOnlyList<Question>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default);

    /// <summary>A page of questions matching <paramref name="query"/>, ordered by id.</summary>
    ValueTask<Page<Question>> ListAsync(QuestionQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>Id, topic and difficulty of every question of an exam (what a session draw needs), ordered by id.</summary>
    ValueTask<IReadOnlyList<QuestionSummary>> ListSummariesAsync(string examId, CancellationToken ct = default);

    /// <summary>Inserts or replaces questions by id.</summary>
    ValueTask UpsertManyAsync(IReadOnlyList<Question> questions, CancellationToken ct = default);
}
