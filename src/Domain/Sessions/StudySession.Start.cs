using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    /// <summary>The largest planned set a session holds.</summary>
    public const int MaxPlanned = 1000;

    /// <summary>
    /// Starts a session over a planned set (drawn by <see cref="Draw.PlannedSetDraw"/> with the same generator) and presents
    /// its first question. The generator's state is kept by the session.
    /// </summary>
    public static Result<StudySession> Start(SessionStart start, IReadOnlyList<PlannedQuestion> planned, SeededRandom random, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(random);
        if (planned.Count == 0) return SessionErrors.Invalid("There are no questions to study for this selection.");
        if (planned.Count > MaxPlanned) return SessionErrors.Invalid($"A session holds at most {MaxPlanned} questions.");
        if (start.Options.ReaskProbability is < 0 or > 1 || double.IsNaN(start.Options.ReaskProbability))
        {
            return SessionErrors.Invalid("The re-ask probability must be between 0 and 1.", "options.reaskProbability");
        }
        if (start.Options.TriesToMaster is < 1 or > 10) return SessionErrors.Invalid("Tries to master must be between 1 and 10.", "options.triesToMaster");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in planned)
        {
            if (!seen.Add(p.QuestionId)) return SessionErrors.Invalid($"Question '{p.QuestionId}' is planned twice.");
            if (p.ChoiceIds.Count == 0) return SessionErrors.Invalid($"Question '{p.QuestionId}' has no choices.");
        }

        var fresh = new List<int>(planned.Count);
        for (var i = 0; i < planned.Count; i++) fresh.Add(i);
        var snapshot = new StudySessionSnapshot
        {
            Id = start.Id,
            UserId = start.UserId,
            Mode = start.Mode,
            ExamIds = start.ExamIds,
            TopicIds = start.TopicIds,
            Options = start.Options,
            Status = SessionStatus.Active,
            Version = 0,
            CreatedAt = now,
            Deadline = start.Deadline,
            PassingScore = start.PassingScore,
            Planned = [.. planned],
            States = new QuestionState[planned.Count].Select(_ => new QuestionState()).ToList(),
            Fresh = fresh,
            Random = random.State,
        };
        var session = new StudySession(snapshot);
        var first = NextQuestionRule.Choose(session._pool, session._fresh.Count, -1, 0, session._random);
        session.Present(first, now);
        session.Changed();
        session.RaiseProgress(now);
        return session;
    }
}
