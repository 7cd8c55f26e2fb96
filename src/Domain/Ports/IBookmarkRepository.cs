namespace StudyGraph.Domain.Ports;

/// <summary>A learner's bookmarked questions: one bookmark per learner and question.</summary>
public interface IBookmarkRepository
{
    /// <summary>
    /// Bookmarks <paramref name="questionId"/> for <paramref name="userId"/> and returns the stored bookmark. Idempotent:
    /// when it is bookmarked already it keeps its creation time, and its note is replaced only when
    /// <paramref name="note"/> is not null.
    /// </summary>
    ValueTask<Bookmark> AddAsync(string userId, string questionId, string? note = null, CancellationToken ct = default);

    /// <summary>Removes the bookmark; false when there was none.</summary>
    ValueTask<bool> RemoveAsync(string userId, string questionId, CancellationToken ct = default);

    /// <summary>A page of the learner's bookmarks, newest first.</summary>
    ValueTask<Page<Bookmark>> ListAsync(string userId, PageRequest page, CancellationToken ct = default);

    /// <summary>True when the learner bookmarked the question.</summary>
    ValueTask<bool> IsBookmarkedAsync(string userId, string questionId, CancellationToken ct = default);

    /// <summary>Deletes every bookmark of the learner (account deletion); returns how many.</summary>
    ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default);
}
