using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>An in-memory <see cref="IQuestionRepository"/>.</summary>
public sealed class InMemoryQuestionRepository : IQuestionRepository
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, Question> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<QuestionSummary>?> _summaries = new(StringComparer.Ordinal);

    /// <summary>How many questions were written.</summary>
    public int Writes { get; private set; }

    /// <summary>The number of stored questions.</summary>
    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    /// <inheritdoc />
    public ValueTask<Question?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_items.GetValueOrDefault(id));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Question>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        var result = new List<Question>(ids.Count);
        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (_items.TryGetValue(id, out var q)) result.Add(q);
            }
        }
        return ValueTask.FromResult<IReadOnlyList<Question>>(result);
    }

    /// <inheritdoc />
    public ValueTask<Page<Question>> ListAsync(QuestionQuery query, PageRequest page, CancellationToken ct = default)
    {
        List<Question> matching;
        lock (_gate)
        {
            matching = _items.Values.Where(q =>
                (query.ExamId is null || q.ExamId == query.ExamId) &&
                (query.TopicId is null || q.TopicId == query.TopicId) &&
                (query.Difficulty is null || q.Difficulty == query.Difficulty) &&
                (query.Tag is null || q.Tags.Contains(query.Tag))).ToList();
        }
        return ValueTask.FromResult(Paging.Take(matching, q => q.Id, page));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<QuestionSummary>> ListSummariesAsync(string examId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (!_summaries.TryGetValue(examId, out var list) || list is null)
            {
                list = [];
                foreach (var q in _items.Values)
                {
                    if (q.ExamId == examId) list.Add(new QuestionSummary(q.Id, q.ExamId, q.TopicId, q.Difficulty));
                }
                _summaries[examId] = list;
            }
            return ValueTask.FromResult<IReadOnlyList<QuestionSummary>>(list);
        }
    }

    /// <inheritdoc />
    public ValueTask UpsertManyAsync(IReadOnlyList<Question> questions, CancellationToken ct = default)
    {
        lock (_gate)
        {
            foreach (var q in questions)
            {
                if (_items.TryGetValue(q.Id, out var old)) _summaries[old.ExamId] = null;
                _items[q.Id] = q;
                _summaries[q.ExamId] = null;
                Writes++;
            }
        }
        return ValueTask.CompletedTask;
    }
}
