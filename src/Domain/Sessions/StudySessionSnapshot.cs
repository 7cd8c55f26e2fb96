using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions;

/// <summary>The stored form of a <see cref="StudySession"/>: plain data that System.Text.Json round-trips (see <see cref="SessionJson"/>).</summary>
public sealed record StudySessionSnapshot
{
    /// <summary>The session's id.</summary>
    public required string Id { get; init; }

    /// <summary>The learner.</summary>
    public required string UserId { get; init; }

    /// <summary>The mode.</summary>
    public SessionMode Mode { get; init; }

    /// <summary>The exams.</summary>
    public IReadOnlyList<string> ExamIds { get; init; } = [];

    /// <summary>TOPIC_FOCUS topics.</summary>
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    /// <summary>The session's options.</summary>
    public SessionOptions Options { get; init; } = new();

    /// <summary>The life-cycle state.</summary>
    public SessionStatus Status { get; init; }

    /// <summary>The optimistic-concurrency version.</summary>
    public long Version { get; init; }

    /// <summary>When the session started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The deadline, for timed modes.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>EXAM_SIMULATION: the passing score.</summary>
    public PassingScore? PassingScore { get; init; }

    /// <summary>When the session ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>While paused: since when.</summary>
    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>Total time paused.</summary>
    public TimeSpan PausedTotal { get; init; }

    /// <summary>The planned set.</summary>
    public IReadOnlyList<PlannedQuestion> Planned { get; init; } = [];

    /// <summary>Per planned question state (index-aligned).</summary>
    public IReadOnlyList<QuestionState> States { get; init; } = [];

    /// <summary>Planned indexes of the fresh pool.</summary>
    public IReadOnlyList<int> Fresh { get; init; } = [];

    /// <summary>The wrong pool.</summary>
    public IReadOnlyList<PoolEntry> Pool { get; init; } = [];

    /// <summary>The answer trail.</summary>
    public IReadOnlyList<AnswerEntry> Trail { get; init; } = [];

    /// <summary>The current presentation.</summary>
    public Presentation? Current { get; init; }

    /// <summary>Presentations made so far.</summary>
    public int PresentationCount { get; init; }

    /// <summary>Flags set so far (orders flagged revisits).</summary>
    public long FlagCounter { get; init; }

    /// <summary>The generator's state.</summary>
    public RandomState Random { get; init; } = new(1, 0, 0, 0);
}
