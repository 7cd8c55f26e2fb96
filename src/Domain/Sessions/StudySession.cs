using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

/// <summary>
/// An adaptive study session: the planned set, the fresh and wrong pools, the current presentation and the answer trail.
/// State changes go through guarded methods (<see cref="Answer"/>, <see cref="Complete"/>, <see cref="Abandon"/>,
/// <see cref="Pause"/>, <see cref="Resume"/>, <see cref="Flag"/>, <see cref="ExpireIfDue"/>); each change increments
/// <see cref="Version"/> and queues domain events (<see cref="TakeEvents"/>).
/// </summary>
public sealed partial class StudySession
{
    private readonly List<PlannedQuestion> _planned;
    private readonly QuestionState[] _states;
    private readonly List<int> _fresh;
    private readonly List<PoolEntry> _pool;
    private readonly List<AnswerEntry> _trail;
    private readonly SeededRandom _random;
    private readonly List<IDomainEvent> _pending = [];
    private readonly Dictionary<string, int> _indexById;
    private Presentation? _current;
    private int _presentationCount;
    private long _flagCounter;

    /// <summary>The session's id.</summary>
    public string Id { get; }

    /// <summary>The learner.</summary>
    public string UserId { get; }

    /// <summary>The mode.</summary>
    public SessionMode Mode { get; }

    /// <summary>The exams the planned set was drawn from.</summary>
    public IReadOnlyList<string> ExamIds { get; }

    /// <summary>TOPIC_FOCUS: the chosen topics; otherwise empty.</summary>
    public IReadOnlyList<string> TopicIds { get; }

    /// <summary>Re-ask probability, tries to master, time limit.</summary>
    public SessionOptions Options { get; }

    /// <summary>The life-cycle state.</summary>
    public SessionStatus Status { get; private set; }

    /// <summary>Incremented on each change; stores check it on save.</summary>
    public long Version { get; private set; }

    /// <summary>When the session started.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>TIMED and EXAM_SIMULATION: answers at or after this instant are refused.</summary>
    public DateTimeOffset? Deadline { get; }

    /// <summary>EXAM_SIMULATION: the exam's passing score.</summary>
    public PassingScore? PassingScore { get; }

    /// <summary>When it completed, was abandoned or expired.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>While paused: since when.</summary>
    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>The total time spent paused.</summary>
    public TimeSpan PausedTotal { get; private set; }

    /// <summary>The planned set, in draw order.</summary>
    public IReadOnlyList<PlannedQuestion> Planned => _planned;

    /// <summary>Per planned question: what happened to it (index-aligned with <see cref="Planned"/>).</summary>
    public IReadOnlyList<QuestionState> States => _states;

    /// <summary>Planned-set indexes not yet answered (the current fresh question stays here until it is answered).</summary>
    public IReadOnlyList<int> FreshPool => _fresh;

    /// <summary>The wrong pool, oldest stamp first.</summary>
    public IReadOnlyList<PoolEntry> WrongPool => _pool;

    /// <summary>Every counted answer, in order.</summary>
    public IReadOnlyList<AnswerEntry> Trail => _trail;

    /// <summary>The question awaiting an answer, or null when the session is not active.</summary>
    public Presentation? Current => _current;

    /// <summary>The current state of the session's generator.</summary>
    public RandomState RandomState => _random.State;

    /// <summary>True for the modes with a deadline.</summary>
    public bool IsTimed => Mode is SessionMode.Timed or SessionMode.ExamSimulation;

    /// <summary>True while the learner gets no feedback (exam simulation).</summary>
    public bool HidesFeedback => Mode == SessionMode.ExamSimulation;

    /// <summary>Returns and clears the events raised since the last call (publish them after saving).</summary>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        if (_pending.Count == 0) return [];
        var events = _pending.ToArray();
        _pending.Clear();
        return events;
    }

    /// <summary>The planned-set index of a question, or -1.</summary>
    public int IndexOf(string questionId) => _indexById.TryGetValue(questionId, out var i) ? i : -1;

    private void Changed() => Version++;
}
