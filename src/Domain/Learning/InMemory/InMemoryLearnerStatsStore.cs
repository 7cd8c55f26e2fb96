using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Learning;

/// <summary>Thread-safe in-memory <see cref="ILearnerStatsStore"/>; also the <c>learnerStats</c> section of export and deletion.</summary>
public sealed class InMemoryLearnerStatsStore : ILearnerStatsStore, IUserDataPort
{
    private readonly Dictionary<(string User, string Exam), LearnerExamStats> _docs = [];
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public string Section => "learnerStats";

    /// <inheritdoc />
    public ValueTask<LearnerExamStats?> GetAsync(string userId, string examId, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_docs.TryGetValue((userId, examId), out var s) ? s.Clone() : null);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LearnerExamStats>> ListForUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<LearnerExamStats> list = _docs.Values.Where(s => s.UserId == userId).OrderBy(s => s.ExamId, StringComparer.Ordinal).Select(s => s.Clone()).ToArray();
            return ValueTask.FromResult(list);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TrySaveAsync(LearnerExamStats stats, long expectedVersion, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var key = (stats.UserId, stats.ExamId);
            var current = _docs.TryGetValue(key, out var s) ? s.Version : 0;
            if (current != expectedVersion) return ValueTask.FromResult(false);
            stats.Version = expectedVersion + 1;
            _docs[key] = stats.Clone();
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteForUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var keys = _docs.Keys.Where(k => k.User == userId).ToArray();
            foreach (var k in keys) _docs.Remove(k);
            return ValueTask.FromResult(keys.Length);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var list = await ListForUserAsync(userId, ct).ConfigureAwait(false);
        return list.Select(s => (object)new
        {
            s.ExamId,
            Topics = s.Topics.Values.OrderBy(t => t.TopicId, StringComparer.Ordinal).ToArray(),
            Memory = s.Memory.Values.OrderBy(m => m.QuestionId, StringComparer.Ordinal).ToArray(),
        }).ToArray();
    }

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await DeleteForUserAsync(userId, ct).ConfigureAwait(false), 0);
}
