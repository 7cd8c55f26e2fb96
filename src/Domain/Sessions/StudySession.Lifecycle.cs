using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    /// <summary>Expires the session when its deadline has passed (at or after it); returns true when that changed it.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (Status is not (SessionStatus.Active or SessionStatus.Paused) || Deadline is not { } deadline || now < deadline) return false;
        End(SessionStatus.Expired, deadline);
        Changed();
        RaiseProgress(now);
        RaiseEnded(now);
        return true;
    }

    /// <summary>Completes the session early (exam simulation: scores what was answered; the rest count as wrong).</summary>
    public Result<SessionStatus> Complete(DateTimeOffset now) => EndBy(SessionStatus.Completed, now);

    /// <summary>Abandons the session.</summary>
    public Result<SessionStatus> Abandon(DateTimeOffset now) => EndBy(SessionStatus.Abandoned, now);

    /// <summary>Pauses an untimed session; its clock stops until <see cref="Resume"/>.</summary>
    public Result<SessionStatus> Pause(DateTimeOffset now)
    {
        if (ExpireIfDue(now)) return SessionErrors.Expired(Deadline!.Value);
        if (Status != SessionStatus.Active) return SessionErrors.NotActive(Status);
        if (IsTimed) return SessionErrors.Invalid("A timed session cannot be paused: its deadline is fixed.");
        Status = SessionStatus.Paused;
        PausedAt = now;
        Changed();
        RaiseProgress(now);
        return Status;
    }

    /// <summary>Resumes a paused session; the pause counts neither toward elapsed time nor toward the current question's time.</summary>
    public Result<SessionStatus> Resume(DateTimeOffset now)
    {
        if (Status != SessionStatus.Paused || PausedAt is not { } pausedAt) return SessionErrors.NotActive(Status);
        var pause = now > pausedAt ? now - pausedAt : TimeSpan.Zero;
        PausedTotal += pause;
        PausedAt = null;
        if (_current is not null) _current = _current with { PresentedAt = _current.PresentedAt + pause };
        Status = SessionStatus.Active;
        Changed();
        RaiseProgress(now);
        return Status;
    }

    /// <summary>
    /// Flags (or unflags) a planned question for review. In an exam simulation, flagged questions are presented once more
    /// after the last fresh question, before scoring.
    /// </summary>
    public Result<bool> Flag(string questionId, bool flagged, DateTimeOffset now)
    {
        if (ExpireIfDue(now)) return SessionErrors.Expired(Deadline!.Value);
        if (Status != SessionStatus.Active) return SessionErrors.NotActive(Status);
        var index = IndexOf(questionId);
        if (index < 0) return DomainError.NotFound("Question of this session", questionId);
        var s = _states[index];
        if (s.Flagged == flagged) return flagged;
        _states[index] = flagged ? s with { Flagged = true, FlagSequence = ++_flagCounter } : s with { Flagged = false };
        Changed();
        return flagged;
    }

    private Result<SessionStatus> EndBy(SessionStatus status, DateTimeOffset now)
    {
        if (ExpireIfDue(now)) return SessionErrors.Expired(Deadline!.Value);
        if (Status is not (SessionStatus.Active or SessionStatus.Paused)) return SessionErrors.NotActive(Status);
        End(status, now);
        Changed();
        RaiseProgress(now);
        RaiseEnded(now);
        return status;
    }

    private void End(SessionStatus status, DateTimeOffset at)
    {
        if (Status == SessionStatus.Paused && PausedAt is { } pausedAt && at > pausedAt) PausedTotal += at - pausedAt;
        PausedAt = null;
        Status = status;
        EndedAt = at;
        _current = null;
    }
}
