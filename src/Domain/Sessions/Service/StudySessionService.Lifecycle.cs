using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Domain.Sessions.Service;

public sealed partial class StudySessionService
{
    /// <summary>The session as the learner sees it now (an overdue session is expired and saved first).</summary>
    public async Task<Result<SessionView>> GetAsync(string sessionId, string userId, CancellationToken ct = default)
    {
        var r = await MutateAsync(sessionId, userId, (s, now) => Result<bool>.Ok(s.ExpireIfDue(now)), ct).ConfigureAwait(false);
        if (!r.IsSuccess) return r.Error;
        return await ViewAsync(r.Value.Session, _time.GetUtcNow(), ct).ConfigureAwait(false);
    }

    /// <summary>The session's report (per topic, per question, re-ask trail, penalty history, score).</summary>
    public async Task<Result<SessionReport>> GetReportAsync(string sessionId, string userId, CancellationToken ct = default)
    {
        var r = await MutateAsync(sessionId, userId, (s, now) => Result<bool>.Ok(s.ExpireIfDue(now)), ct).ConfigureAwait(false);
        return r.IsSuccess ? r.Value.Session.Report(_time.GetUtcNow()) : r.Error;
    }

    /// <summary>Completes a session early (exam simulation: scored).</summary>
    public Task<Result<SessionView>> CompleteAsync(string sessionId, string userId, CancellationToken ct = default) =>
        ChangeAsync(sessionId, userId, (s, now) => s.Complete(now), ct);

    /// <summary>Abandons a session.</summary>
    public Task<Result<SessionView>> AbandonAsync(string sessionId, string userId, CancellationToken ct = default) =>
        ChangeAsync(sessionId, userId, (s, now) => s.Abandon(now), ct);

    /// <summary>Pauses an untimed session.</summary>
    public Task<Result<SessionView>> PauseAsync(string sessionId, string userId, CancellationToken ct = default) =>
        ChangeAsync(sessionId, userId, (s, now) => s.Pause(now), ct);

    /// <summary>Resumes a paused session.</summary>
    public Task<Result<SessionView>> ResumeAsync(string sessionId, string userId, CancellationToken ct = default) =>
        ChangeAsync(sessionId, userId, (s, now) => s.Resume(now), ct);

    /// <summary>Flags or unflags a question of the session for review.</summary>
    public Task<Result<SessionView>> FlagAsync(string sessionId, string userId, string questionId, bool flagged, CancellationToken ct = default) =>
        ChangeAsync(sessionId, userId, (s, now) => s.Flag(questionId, flagged, now), ct);

    /// <summary>A page of a learner's sessions, newest first.</summary>
    public ValueTask<Page<StudySession>> ListAsync(SessionQuery query, PageRequest page, CancellationToken ct = default) =>
        _sessions.ListAsync(query, page, ct);

    private async Task<Result<SessionView>> ChangeAsync<T>(string sessionId, string userId, Func<StudySession, DateTimeOffset, Result<T>> apply, CancellationToken ct)
    {
        var r = await MutateAsync(sessionId, userId, apply, ct).ConfigureAwait(false);
        if (!r.IsSuccess) return r.Error;
        return await ViewAsync(r.Value.Session, _time.GetUtcNow(), ct).ConfigureAwait(false);
    }

    private async Task<Result<SessionView>> ViewAsync(StudySession session, DateTimeOffset now, CancellationToken ct)
    {
        QuestionPresentation? current = null;
        if (session.Current is { } p)
        {
            var q = await _questions.GetAsync(p.QuestionId, ct).ConfigureAwait(false);
            if (q is null) return DomainError.NotFound("Question", p.QuestionId);
            current = QuestionPresentation.Of(p, q, session.States[p.Index].Flagged);
        }
        return new SessionView(session, current, session.Progress(now), session.Score());
    }
}
