using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>An in-memory <see cref="IExamRepository"/>.</summary>
public sealed class InMemoryExamRepository : IExamRepository
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, Exam> _items = new(StringComparer.Ordinal);

    /// <summary>How many writes were made.</summary>
    public int Writes { get; private set; }

    /// <inheritdoc />
    public ValueTask<Exam?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_items.GetValueOrDefault(id));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Exam>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        var result = new List<Exam>(ids.Count);
        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (_items.TryGetValue(id, out var e)) result.Add(e);
            }
        }
        return ValueTask.FromResult<IReadOnlyList<Exam>>(result);
    }

    /// <inheritdoc />
    public ValueTask<Page<Exam>> ListAsync(ExamQuery query, PageRequest page, CancellationToken ct = default)
    {
        List<Exam> matching;
        lock (_gate) matching = _items.Values.Where(e => query.ProviderId is null || e.ProviderId == query.ProviderId).ToList();
        return ValueTask.FromResult(Paging.Take(matching, e => e.Id, page));
    }

    /// <inheritdoc />
    public ValueTask UpsertAsync(Exam exam, CancellationToken ct = default)
    {
        lock (_gate)
        {
            _items[exam.Id] = exam;
            Writes++;
        }
        return ValueTask.CompletedTask;
    }
}
