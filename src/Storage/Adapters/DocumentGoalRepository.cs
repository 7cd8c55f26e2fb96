using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Learning;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary><see cref="IGoalRepository"/> over the <c>goals</c> collection, and the <c>goals</c> section of export and deletion.</summary>
public sealed class DocumentGoalRepository(IDocumentCollection collection) : IGoalRepository, IUserDataPort
{
    private static readonly SortKey[] Oldest = [SortKey.Asc("createdAt")];

    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("goals", [["userId", "createdAt"]]);

    /// <inheritdoc />
    public string Section => "goals";

    /// <inheritdoc />
    public async ValueTask UpsertAsync(StudyGoal goal, CancellationToken ct = default) =>
        await collection.UpsertManyAsync([new(goal.Id, DocumentJson.Serialize(goal with { CreatedAt = goal.CreatedAt.ToUniversalTime() }))], ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<StudyGoal>> ListForUserAsync(string userId, CancellationToken ct = default) =>
        await DocumentPaging.ReadAllAsync(collection, DocumentFilter.Eq("userId", userId), Oldest, DocumentJson.Deserialize<StudyGoal>, ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<bool> DeleteAsync(string userId, string goalId, CancellationToken ct = default)
    {
        // Only the owner's goal: a goal's owner never changes, so checking it before deleting is enough.
        if (await collection.GetAsync(goalId, ct).ConfigureAwait(false) is not { } doc) return false;
        if (DocumentJson.Deserialize<StudyGoal>(doc).UserId != userId) return false;
        return await collection.DeleteAsync(goalId, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> DeleteForUserAsync(string userId, CancellationToken ct = default) =>
        checked((int)await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false));

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var goals = await ListForUserAsync(userId, ct).ConfigureAwait(false);
        var result = new object[goals.Count];
        for (var i = 0; i < goals.Count; i++) result[i] = goals[i];
        return result;
    }

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await DeleteForUserAsync(userId, ct).ConfigureAwait(false), 0);
}
