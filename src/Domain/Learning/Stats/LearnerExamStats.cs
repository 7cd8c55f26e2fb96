namespace StudyGraph.Domain.Learning;

/// <summary>
/// The learning state of one learner for one exam (the <c>learnerStats</c> document): per-topic counters and ability,
/// and per-question FSRS memory. Mutable and not thread-safe: load, change, save with <see cref="Version"/>.
/// </summary>
public sealed class LearnerExamStats
{
    private readonly Dictionary<string, TopicStats> _topics;
    private readonly Dictionary<string, MemoryState> _memory;
    private readonly List<string> _recentEvents;

    /// <summary>How many applied event ids are remembered to ignore redelivered answers.</summary>
    public const int RecentEventCapacity = 64;

    /// <summary>Creates empty stats.</summary>
    public LearnerExamStats(string userId, string examId)
        : this(userId, examId, 0, [], [])
    {
    }

    /// <summary>Rehydrates stored stats.</summary>
    public LearnerExamStats(string userId, string examId, long version, IEnumerable<TopicStats> topics, IEnumerable<MemoryState> memory,
        IEnumerable<string>? recentEventIds = null)
    {
        UserId = userId;
        ExamId = examId;
        Version = version;
        _topics = new Dictionary<string, TopicStats>(StringComparer.Ordinal);
        foreach (var t in topics) _topics[t.TopicId] = t;
        _memory = new Dictionary<string, MemoryState>(StringComparer.Ordinal);
        foreach (var m in memory) _memory[m.QuestionId] = m;
        _recentEvents = recentEventIds is null ? [] : [.. recentEventIds];
    }

    /// <summary>The learner.</summary>
    public string UserId { get; }

    /// <summary>The exam.</summary>
    public string ExamId { get; }

    /// <summary>Optimistic-concurrency version; the store increments it on every save.</summary>
    public long Version { get; set; }

    /// <summary>Per-topic stats by topic id.</summary>
    public IReadOnlyDictionary<string, TopicStats> Topics => _topics;

    /// <summary>Per-question memory by question id.</summary>
    public IReadOnlyDictionary<string, MemoryState> Memory => _memory;

    /// <summary>The stats of <paramref name="topicId"/> (empty when never answered).</summary>
    public TopicStats Topic(string topicId) => _topics.TryGetValue(topicId, out var t) ? t : TopicStats.Empty(topicId);

    /// <summary>Replaces the stats of a topic.</summary>
    public void SetTopic(TopicStats stats) => _topics[stats.TopicId] = stats;

    /// <summary>Replaces the memory of a question.</summary>
    public void SetMemory(MemoryState state) => _memory[state.QuestionId] = state;

    /// <summary>Ids of the latest applied answer events, oldest first (at most <see cref="RecentEventCapacity"/>).</summary>
    public IReadOnlyList<string> RecentEventIds => _recentEvents;

    /// <summary>Remembers <paramref name="eventId"/> as applied; false when it already was (a redelivery).</summary>
    public bool MarkApplied(string eventId)
    {
        if (_recentEvents.Contains(eventId)) return false;
        if (_recentEvents.Count == RecentEventCapacity) _recentEvents.RemoveAt(0);
        _recentEvents.Add(eventId);
        return true;
    }

    /// <summary>A deep copy (documents are values).</summary>
    public LearnerExamStats Clone() => new(UserId, ExamId, Version, _topics.Values, _memory.Values, _recentEvents);

    /// <summary>First-try answers over all topics.</summary>
    public int FirstTryAnswered
    {
        get
        {
            var n = 0;
            foreach (var t in _topics.Values) n += t.FirstTryAnswered;
            return n;
        }
    }
}
