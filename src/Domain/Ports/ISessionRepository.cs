using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Ports;

/// <summary>
/// Stores study sessions as documents (see <see cref="SessionJson"/>) with optimistic concurrency on
/// <see cref="StudySession.Version"/>.
/// </summary>
public interface ISessionRepository
{
    /// <summary>The session with <paramref name="id"/>, or null. Every call returns a fresh copy.</summary>
    ValueTask<StudySession?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Stores a new session; <see cref="SaveResult.ConcurrencyConflict"/> when the id exists.</summary>
    ValueTask<SaveResult> InsertAsync(StudySession session, CancellationToken ct = default);

    /// <summary>
    /// Replaces the stored session when its stored version equals <paramref name="expectedVersion"/>;
    /// otherwise (or when it does not exist) writes nothing and returns <see cref="SaveResult.ConcurrencyConflict"/>.
    /// </summary>
    ValueTask<SaveResult> SaveAsync(StudySession session, long expectedVersion, CancellationToken ct = default);

    /// <summary>A page of a learner's sessions, newest first.</summary>
    ValueTask<Page<StudySession>> ListAsync(SessionQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>Deletes every session of a learner (account deletion); returns how many.</summary>
    ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default);
}
