using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Ports;

/// <summary>Stores exams with their blueprints.</summary>
public interface IExamRepository
{
    /// <summary>The exam with <paramref name="id"/>, or null.</summary>
    ValueTask<Exam?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The exams with the given ids that exist, in the order of <paramref name="ids"/>.</summary>
    ValueTask<IReadOnlyList<Exam>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default);

    /// <summary>A page of exams matching <paramref name="query"/>, ordered by id.</summary>
    ValueTask<Page<Exam>> ListAsync(ExamQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>Inserts or replaces an exam by id.</summary>
    ValueTask UpsertAsync(Exam exam, CancellationToken ct = default);
}
