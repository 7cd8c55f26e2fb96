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

    /// <summary>The life-cycle state.</summary>
    public SessionStatus Status { get; init; }

    /// <summary>The optimistic-concurrency version.</summary>
    public long Version { get; init; }

    /// <summary>When the session started.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
