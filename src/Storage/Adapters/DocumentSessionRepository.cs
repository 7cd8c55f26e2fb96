using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="ISessionRepository"/> over the <c>sessions</c> collection: each session is the document
/// <see cref="SessionJson"/> writes, holding its Domain <c>version</c>.
/// </summary>
/// <remarks>
/// Optimistic concurrency maps the Domain version onto the store's own version (the one
/// <see cref="IDocumentCollection.ReplaceAsync"/> checks), because one Domain change may raise the Domain version by
/// more than one, so the two never stay equal. A save reads the store version, then the document, compares the
/// document's Domain version with the expected one, and replaces at that store version: a writer that got in between
/// moves the store version, the replace fails, and the save reports a conflict without writing. The store version
/// this instance last wrote for each session is remembered with its Domain version, so the usual save (by the
/// instance that loaded the session) is one conditional replace; a stale memory only costs the slow path.
/// </remarks>
public sealed class DocumentSessionRepository(IDocumentCollection collection) : ISessionRepository
{
    private const int MaxRemembered = 10_000;
    private static readonly SortKey[] NewestFirst = [SortKey.Desc("createdAt"), SortKey.Desc("id")];
    private readonly ConcurrentDictionary<string, (long Store, long Domain)> _written = new(StringComparer.Ordinal);

    /// <summary>The collection and its indexes (every field the API filters or sorts on).</summary>
    public static CollectionDefinition Definition { get; } = new("sessions",
        [["userId", "createdAt"], ["userId", "status", "createdAt"], ["userId", "mode", "createdAt"], ["status"]]);

    /// <inheritdoc />
    public async ValueTask<StudySession?> GetAsync(string id, CancellationToken ct = default) =>
        await collection.GetAsync(id, ct).ConfigureAwait(false) is { } doc ? Read(doc) : null;

    /// <inheritdoc />
    public async ValueTask<SaveResult> InsertAsync(StudySession session, CancellationToken ct = default)
    {
        if (!await collection.InsertAsync(session.Id, Write(session), ct).ConfigureAwait(false)) return SaveResult.ConcurrencyConflict;
        Remember(session.Id, 1, session.Version);
        return SaveResult.Saved;
    }

    /// <inheritdoc />
    public async ValueTask<SaveResult> SaveAsync(StudySession session, long expectedVersion, CancellationToken ct = default)
    {
        var json = Write(session);
        // Fast path: this instance wrote the expected Domain version at a known store version.
        if (_written.TryGetValue(session.Id, out var known) && known.Domain == expectedVersion
            && await collection.ReplaceAsync(session.Id, json, known.Store, ct).ConfigureAwait(false))
        {
            Remember(session.Id, known.Store + 1, session.Version);
            return SaveResult.Saved;
        }
        // The store version first, then the document: see the remarks.
        if (await collection.GetVersionAsync(session.Id, ct).ConfigureAwait(false) is not { } storeVersion) return SaveResult.ConcurrencyConflict;
        if (await collection.GetAsync(session.Id, ct).ConfigureAwait(false) is not { } current) return SaveResult.ConcurrencyConflict;
        if (DomainVersion(current) != expectedVersion) return SaveResult.ConcurrencyConflict;
        if (!await collection.ReplaceAsync(session.Id, json, storeVersion, ct).ConfigureAwait(false)) return SaveResult.ConcurrencyConflict;
        Remember(session.Id, storeVersion + 1, session.Version);
        return SaveResult.Saved;
    }

    /// <inheritdoc />
    public async ValueTask<Page<StudySession>> ListAsync(SessionQuery query, PageRequest page, CancellationToken ct = default)
    {
        var where = DocumentFilter.Eq("userId", query.UserId);
        if (query.Status is { } status) where = DocumentFilter.And(where, DocumentFilter.Eq("status", DocumentJson.Name(status)));
        return await DocumentPaging.PageAsync(collection, where, NewestFirst, page, Read, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One connection page of a learner's sessions: <paramref name="query"/>'s filter is narrowed to
    /// <paramref name="userId"/>, so a client's where can never reach another learner's sessions.
    /// </summary>
    /// <exception cref="InvalidCursorException">A cursor that this query's order did not produce.</exception>
    public ValueTask<TypedPage<StudySession>> FindAsync(string userId, DocumentQuery query, CancellationToken ct = default) =>
        FindAsync(query with { Where = OwnedBy(userId, query.Where) }, ct);

    /// <summary>One connection page over every learner's sessions (administration; prefer the overload with a user id).</summary>
    /// <exception cref="InvalidCursorException">A cursor that this query's order did not produce.</exception>
    public ValueTask<TypedPage<StudySession>> FindAsync(DocumentQuery query, CancellationToken ct = default) =>
        DocumentPaging.FindAsync(collection, query, Read, ct);

    /// <summary>How many of a learner's sessions match <paramref name="where"/> (all of them when null).</summary>
    public ValueTask<long> CountAsync(string userId, DocumentFilter? where, CancellationToken ct = default) =>
        collection.CountAsync(OwnedBy(userId, where), ct);

    /// <summary>How many sessions match <paramref name="where"/> (all when null).</summary>
    public ValueTask<long> CountAsync(DocumentFilter? where, CancellationToken ct = default) => collection.CountAsync(where, ct);

    /// <inheritdoc />
    public async ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default)
    {
        var deleted = await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false);
        // A re-created document starts again at store version 1; forget what was written before.
        _written.Clear();
        return checked((int)deleted);
    }

    /// <summary><paramref name="where"/> limited to <paramref name="userId"/>'s sessions.</summary>
    public static DocumentFilter OwnedBy(string userId, DocumentFilter? where) =>
        DocumentPaging.And(DocumentFilter.Eq("userId", userId), where)!;

    private void Remember(string id, long store, long domain)
    {
        if (_written.Count >= MaxRemembered) _written.Clear();
        _written[id] = (store, domain);
    }

    private static byte[] Write(StudySession session) => Encoding.UTF8.GetBytes(SessionJson.Serialize(session));

    private static StudySession Read(byte[] doc) => SessionJson.Deserialize(Encoding.UTF8.GetString(doc));

    private static long DomainVersion(byte[] doc)
    {
        using var parsed = JsonDocument.Parse(doc);
        return parsed.RootElement.TryGetProperty("version", out var v) && v.TryGetInt64(out var n) ? n : 0;
    }
}
