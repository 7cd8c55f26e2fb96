using StudyGraph.Domain.Learning;

namespace StudyGraph.Storage.Adapters;

/// <summary>The stored form of <see cref="LearnerExamStats"/> (a mutable Domain class, so it is mapped, not serialized directly).</summary>
/// <param name="Id">The document id (see <see cref="KeyOf"/>).</param>
/// <param name="UserId">The learner.</param>
/// <param name="ExamId">The exam.</param>
/// <param name="Version">The optimistic-concurrency version; equals the store's version of the document.</param>
/// <param name="Topics">Per-topic stats, by topic id.</param>
/// <param name="Memory">Per-question FSRS memory, by question id.</param>
/// <param name="RecentEventIds">Ids of the latest applied answer events, oldest first.</param>
public sealed record LearnerStatsDocument(
    string Id,
    string UserId,
    string ExamId,
    long Version,
    IReadOnlyList<TopicStats> Topics,
    IReadOnlyList<MemoryState> Memory,
    IReadOnlyList<string> RecentEventIds)
{
    /// <summary>The document id of a learner's stats for an exam (<c>userId|examId</c>).</summary>
    public static string KeyOf(string userId, string examId) => userId + "|" + examId;

    /// <summary>The document of <paramref name="stats"/> at <paramref name="version"/>, topics and memory in id order.</summary>
    public static LearnerStatsDocument From(LearnerExamStats stats, long version)
    {
        var topics = new List<TopicStats>(stats.Topics.Values);
        topics.Sort((a, b) => string.CompareOrdinal(a.TopicId, b.TopicId));
        var memory = new List<MemoryState>(stats.Memory.Values);
        memory.Sort((a, b) => string.CompareOrdinal(a.QuestionId, b.QuestionId));
        return new(KeyOf(stats.UserId, stats.ExamId), stats.UserId, stats.ExamId, version, topics, memory, [.. stats.RecentEventIds]);
    }

    /// <summary>The Domain object.</summary>
    public LearnerExamStats ToStats() => new(UserId, ExamId, Version, Topics, Memory, RecentEventIds);
}
