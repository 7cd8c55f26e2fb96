using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="IBookmarkRepository"/> over the <c>bookmarks</c> collection (one document per learner and question,
/// id <c>userId|questionId</c>), and the <c>bookmarks</c> section of export and deletion.
/// </summary>
public sealed class DocumentBookmarkRepository(IDocumentCollection collection, TimeProvider time) : IBookmarkRepository, IUserDataPort
{
    private static readonly SortKey[] NewestFirst = [SortKey.Desc("createdAt"), SortKey.Desc("questionId")];

    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("bookmarks", [["userId", "createdAt", "questionId"]]);

    /// <inheritdoc />
    public string Section => "bookmarks";

    /// <inheritdoc />
    public async ValueTask<Bookmark> AddAsync(string userId, string questionId, string? note = null, CancellationToken ct = default)
    {
        var id = KeyOf(userId, questionId);
        while (true)
        {
            var created = new Bookmark(userId, questionId, note, time.GetUtcNow().ToUniversalTime());
            if (await collection.InsertAsync(id, DocumentJson.Serialize(created), ct).ConfigureAwait(false)) return created;
            Bookmark? stored = null;
            var outcome = await DocumentCas.ChangeAsync<Bookmark>(collection, id, b =>
            {
                stored = note is null || note == b.Note ? b : b with { Note = note };
                return ReferenceEquals(stored, b) ? null : stored;
            }, ct).ConfigureAwait(false);
            // NotFound: removed between the insert and the read; try the insert again.
            if (outcome != CasOutcome.NotFound) return stored!;
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(string userId, string questionId, CancellationToken ct = default) =>
        collection.DeleteAsync(KeyOf(userId, questionId), ct);

    /// <inheritdoc />
    public ValueTask<Page<Bookmark>> ListAsync(string userId, PageRequest page, CancellationToken ct = default) =>
        DocumentPaging.PageAsync(collection, DocumentFilter.Eq("userId", userId), NewestFirst, page, DocumentJson.Deserialize<Bookmark>, ct);

    /// <inheritdoc />
    public async ValueTask<bool> IsBookmarkedAsync(string userId, string questionId, CancellationToken ct = default) =>
        await collection.GetVersionAsync(KeyOf(userId, questionId), ct).ConfigureAwait(false) is not null;

    /// <inheritdoc />
    public async ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default) =>
        checked((int)await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false));

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var all = await DocumentPaging.ReadAllAsync(collection, DocumentFilter.Eq("userId", userId), NewestFirst, DocumentJson.Deserialize<Bookmark>, ct).ConfigureAwait(false);
        var result = new object[all.Count];
        for (var i = 0; i < all.Count; i++) result[i] = all[i];
        return result;
    }

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await DeleteByUserAsync(userId, ct).ConfigureAwait(false), 0);

    /// <summary>The document id of a learner's bookmark of a question.</summary>
    public static string KeyOf(string userId, string questionId) => userId + "|" + questionId;
}
