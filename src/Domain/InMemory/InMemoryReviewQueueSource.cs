using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>An <see cref="IReviewQueueSource"/> returning lists set per learner (for tests).</summary>
public sealed class InMemoryReviewQueueSource : IReviewQueueSource
{
    private readonly Dictionary<string, IReadOnlyList<string>> _byUser = new(StringComparer.Ordinal);

    /// <summary>Sets the review queue of a learner.</summary>
    public void Set(string userId, IReadOnlyList<string> questionIds)
    {
        lock (_byUser) _byUser[userId] = questionIds;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetReviewQuestionIdsAsync(
        string userId, IReadOnlyList<string> examIds, int max, DateTimeOffset now, CancellationToken ct = default)
    {
        IReadOnlyList<string> list;
        lock (_byUser) list = _byUser.TryGetValue(userId, out var l) ? l : [];
        return ValueTask.FromResult<IReadOnlyList<string>>(list.Count <= max ? list : list.Take(max).ToList());
    }
}
