using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.InMemory;

/// <summary>An in-memory <see cref="IAnswerEventStore"/>.</summary>
public sealed class InMemoryAnswerEventStore : IAnswerEventStore
{
    private readonly object _gate = new();
    private readonly List<AnswerRecorded> _events = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Every event in append order.</summary>
    public IReadOnlyList<AnswerRecorded> All
    {
        get { lock (_gate) return [.. _events]; }
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(AnswerRecorded answer, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_ids.Add(answer.EventId)) _events.Add(answer);
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<AnswerRecorded>> QueryAsync(AnswerEventQuery query, CancellationToken ct = default)
    {
        List<AnswerRecorded> result;
        lock (_gate)
        {
            result = _events.Where(e =>
                (query.UserId is null || e.UserId == query.UserId) &&
                (query.ExamId is null || e.ExamId == query.ExamId) &&
                (query.QuestionId is null || e.QuestionId == query.QuestionId) &&
                (query.SessionId is null || e.SessionId == query.SessionId) &&
                (query.Since is null || e.OccurredAt >= query.Since) &&
                (query.Until is null || e.OccurredAt < query.Until))
                .OrderBy(e => e.OccurredAt).ToList();
        }
        if (query.Limit is { } limit && result.Count > limit) result.RemoveRange(limit, result.Count - limit);
        return ValueTask.FromResult<IReadOnlyList<AnswerRecorded>>(result);
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var removed = _events.RemoveAll(e => e.UserId == userId);
            _ids.Clear();
            foreach (var e in _events) _ids.Add(e.EventId);
            return ValueTask.FromResult(removed);
        }
    }
}
