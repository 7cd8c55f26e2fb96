using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Learning;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="ILearnerStatsStore"/> over the <c>learnerStats</c> collection (one document per learner and exam), and
/// the <c>learnerStats</c> section of export and deletion.
/// </summary>
/// <remarks>
/// The port saves whole documents under a version (a learner's answer changes counters, ability and FSRS memory
/// together), so field increments do not fit it. The Domain version maps one to one onto the store's version:
/// version 0 is "not stored" and saving it is an insert (the store starts at 1); saving version n is
/// <see cref="IDocumentCollection.ReplaceAsync"/> at n (the store moves to n + 1, as the port requires). Only this
/// adapter writes the collection, so the two never drift.
/// </remarks>
public sealed class DocumentLearnerStatsStore(IDocumentCollection collection) : ILearnerStatsStore, IUserDataPort
{
    private static readonly SortKey[] ByExam = [SortKey.Asc("examId")];

    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("learnerStats", [["userId", "examId"]]);

    /// <inheritdoc />
    public string Section => "learnerStats";

    /// <inheritdoc />
    public async ValueTask<LearnerExamStats?> GetAsync(string userId, string examId, CancellationToken ct = default) =>
        await collection.GetAsync(LearnerStatsDocument.KeyOf(userId, examId), ct).ConfigureAwait(false) is { } doc ? Read(doc) : null;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LearnerExamStats>> ListForUserAsync(string userId, CancellationToken ct = default) =>
        await DocumentPaging.ReadAllAsync(collection, DocumentFilter.Eq("userId", userId), ByExam, Read, ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<bool> TrySaveAsync(LearnerExamStats stats, long expectedVersion, CancellationToken ct = default)
    {
        var id = LearnerStatsDocument.KeyOf(stats.UserId, stats.ExamId);
        var json = DocumentJson.Serialize(LearnerStatsDocument.From(stats, expectedVersion + 1));
        var saved = expectedVersion == 0
            ? await collection.InsertAsync(id, json, ct).ConfigureAwait(false)
            : await collection.ReplaceAsync(id, json, expectedVersion, ct).ConfigureAwait(false);
        if (saved) stats.Version = expectedVersion + 1;
        return saved;
    }

    /// <inheritdoc />
    public async ValueTask<int> DeleteForUserAsync(string userId, CancellationToken ct = default) =>
        checked((int)await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false));

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var docs = await DocumentPaging.ReadAllAsync(collection, DocumentFilter.Eq("userId", userId), ByExam, DocumentJson.Deserialize<LearnerStatsDocument>, ct).ConfigureAwait(false);
        var result = new object[docs.Count];
        for (var i = 0; i < docs.Count; i++) result[i] = new { docs[i].ExamId, docs[i].Topics, docs[i].Memory };
        return result;
    }

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await DeleteForUserAsync(userId, ct).ConfigureAwait(false), 0);

    private static LearnerExamStats Read(byte[] doc) => DocumentJson.Deserialize<LearnerStatsDocument>(doc).ToStats();
}
