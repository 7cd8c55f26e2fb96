namespace StudyGraph.Domain.Accounts;

/// <summary>
/// The export and erasure contract every store holding a user's data implements (sessions, answer events, goals,
/// learner statistics, memory states, ...). <see cref="AccountService"/> asks every registered port, so a new store
/// joins export and deletion by registering one. Rules (see <c>README.md</c> in this folder):
/// records that belong to the user alone are deleted; records that feed shared aggregates (answer events behind
/// question-quality statistics) are anonymized: the user id is replaced by <c>anonymousId</c>, a random id that is
/// stored nowhere else, and every free-text or device detail is dropped.
/// </summary>
public interface IUserDataPort
{
    /// <summary>Section name in the export (<c>sessions</c>, <c>answerEvents</c>, <c>goals</c>, <c>learnerStats</c>, ...).</summary>
    string Section { get; }

    /// <summary>Every record of <paramref name="userId"/> in this store, as JSON-serializable objects.</summary>
    ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default);

    /// <summary>Deletes or anonymizes every record of <paramref name="userId"/>; reports how many of each.</summary>
    ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default);
}
