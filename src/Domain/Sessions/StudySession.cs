namespace StudyGraph.Domain.Sessions;

/// <summary>
/// An adaptive study session: the planned set, the fresh and wrong pools, the current presentation and the answer trail.
/// State changes go through guarded methods; each change increments <see cref="Version"/>.
/// </summary>
public sealed partial class StudySession
{
    private StudySession(StudySessionSnapshot s)
    {
        Id = s.Id;
        UserId = s.UserId;
        Mode = s.Mode;
        ExamIds = s.ExamIds;
        Status = s.Status;
        Version = s.Version;
        CreatedAt = s.CreatedAt;
    }

    /// <summary>The session's id.</summary>
    public string Id { get; }

    /// <summary>The learner.</summary>
    public string UserId { get; }

    /// <summary>The mode.</summary>
    public SessionMode Mode { get; }

    /// <summary>The exams the planned set was drawn from.</summary>
    public IReadOnlyList<string> ExamIds { get; }

    /// <summary>The life-cycle state.</summary>
    public SessionStatus Status { get; private set; }

    /// <summary>Incremented on each change; stores check it on save.</summary>
    public long Version { get; private set; }

    /// <summary>When the session started.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Restores a session from its snapshot.</summary>
    public static StudySession FromSnapshot(StudySessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new StudySession(snapshot);
    }

    /// <summary>The session's whole state as a plain, serializable record.</summary>
    public StudySessionSnapshot ToSnapshot() => new()
    {
        Id = Id,
        UserId = UserId,
        Mode = Mode,
        ExamIds = ExamIds,
        Status = Status,
        Version = Version,
        CreatedAt = CreatedAt,
    };
}
