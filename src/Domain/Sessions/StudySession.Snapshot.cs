namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    private StudySession(StudySessionSnapshot s)
    {
        if (s.States.Count != s.Planned.Count) throw new InvalidOperationException($"Session '{s.Id}' is inconsistent: {s.States.Count} states for {s.Planned.Count} planned questions.");
        Id = s.Id;
        UserId = s.UserId;
        Mode = s.Mode;
        ExamIds = [.. s.ExamIds];
        TopicIds = [.. s.TopicIds];
        Options = s.Options;
        Status = s.Status;
        Version = s.Version;
        CreatedAt = s.CreatedAt;
        Deadline = s.Deadline;
        PassingScore = s.PassingScore;
        EndedAt = s.EndedAt;
        PausedAt = s.PausedAt;
        PausedTotal = s.PausedTotal;
        _planned = [.. s.Planned];
        _states = [.. s.States];
        _fresh = [.. s.Fresh];
        _pool = [.. s.Pool];
        _trail = [.. s.Trail];
        _current = s.Current;
        _presentationCount = s.PresentationCount;
        _flagCounter = s.FlagCounter;
        _random = Common.SeededRandom.FromState(s.Random);
        _indexById = new Dictionary<string, int>(_planned.Count, StringComparer.Ordinal);
        for (var i = 0; i < _planned.Count; i++) _indexById[_planned[i].QuestionId] = i;
    }

    /// <summary>Restores a session from its snapshot.</summary>
    public static StudySession FromSnapshot(StudySessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new StudySession(snapshot);
    }

    /// <summary>The session's whole state as a plain, serializable record (pending events are not part of it).</summary>
    public StudySessionSnapshot ToSnapshot() => new()
    {
        Id = Id,
        UserId = UserId,
        Mode = Mode,
        ExamIds = ExamIds,
        TopicIds = TopicIds,
        Options = Options,
        Status = Status,
        Version = Version,
        CreatedAt = CreatedAt,
        Deadline = Deadline,
        PassingScore = PassingScore,
        EndedAt = EndedAt,
        PausedAt = PausedAt,
        PausedTotal = PausedTotal,
        Planned = [.. _planned],
        States = [.. _states],
        Fresh = [.. _fresh],
        Pool = [.. _pool],
        Trail = [.. _trail],
        Current = _current,
        PresentationCount = _presentationCount,
        FlagCounter = _flagCounter,
        Random = _random.State,
    };
}
