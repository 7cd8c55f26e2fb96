using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Learning;

/// <summary>Thread-safe in-memory <see cref="IGoalRepository"/>; also the <c>goals</c> section of export and deletion.</summary>
public sealed class InMemoryGoalRepository : IGoalRepository, IUserDataPort
{
    private readonly Dictionary<string, StudyGoal> _byId = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public string Section => "goals";

    /// <inheritdoc />
    public ValueTask UpsertAsync(StudyGoal goal, CancellationToken ct = default)
    {
        lock (_gate) _byId[goal.Id] = goal;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StudyGoal>> ListForUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<StudyGoal> list = _byId.Values.Where(g => g.UserId == userId).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id, StringComparer.Ordinal).ToArray();
            return ValueTask.FromResult(list);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string userId, string goalId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var hit = _byId.TryGetValue(goalId, out var g) && g.UserId == userId && _byId.Remove(goalId);
            return ValueTask.FromResult(hit);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteForUserAsync(string userId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var ids = _byId.Values.Where(g => g.UserId == userId).Select(g => g.Id).ToArray();
            foreach (var id in ids) _byId.Remove(id);
            return ValueTask.FromResult(ids.Length);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default) =>
        (await ListForUserAsync(userId, ct).ConfigureAwait(false)).Cast<object>().ToArray();

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await DeleteForUserAsync(userId, ct).ConfigureAwait(false), 0);
}
