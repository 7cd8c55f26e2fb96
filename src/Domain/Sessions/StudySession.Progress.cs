namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    /// <summary>Progress at <paramref name="now"/>. In an exam simulation, correctness stays hidden (0) until the end.</summary>
    public SessionProgress Progress(DateTimeOffset now)
    {
        int cleared = 0, firstTry = 0, answered = 0;
        for (var i = 0; i < _states.Length; i++)
        {
            var s = _states[i];
            if (s.Cleared) cleared++;
            if (s.FirstTryCorrect) firstTry++;
            if (s.Answered) answered++;
        }
        if (HidesFeedback && !IsEnded) firstTry = 0;
        var n = _planned.Count;
        return new SessionProgress(
            Planned: n,
            Cleared: cleared,
            FirstTryCorrect: firstTry,
            Answered: answered,
            TotalAttempts: _trail.Count,
            Accuracy: answered == 0 ? 0 : (double)firstTry / answered,
            WrongPoolSize: _pool.Count,
            OutstandingTries: OutstandingTries(),
            FreshRemaining: _fresh.Count,
            Elapsed: Elapsed(now),
            TimeLeft: TimeLeft(now),
            Completion: n == 0 ? 0 : (double)cleared / n,
            Penalty: PenaltyIndicator.For(_pool.Count, OutstandingTries()));
    }

    /// <summary>The penalty indicator now, or null when the wrong pool is empty.</summary>
    public PenaltyIndicator? Penalty => PenaltyIndicator.For(_pool.Count, OutstandingTries());

    /// <summary>Time since the start, pauses excluded, up to the end.</summary>
    public TimeSpan Elapsed(DateTimeOffset now)
    {
        var end = EndedAt ?? PausedAt ?? now;
        var e = end - CreatedAt - PausedTotal;
        return e < TimeSpan.Zero ? TimeSpan.Zero : e;
    }

    /// <summary>Time until the deadline (zero once passed or ended), or null for untimed sessions.</summary>
    public TimeSpan? TimeLeft(DateTimeOffset now)
    {
        if (Deadline is not { } d) return null;
        if (IsEnded) return TimeSpan.Zero;
        var left = d - now;
        return left < TimeSpan.Zero ? TimeSpan.Zero : left;
    }
}
