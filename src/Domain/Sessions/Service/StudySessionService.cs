using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions.Service;

/// <summary>
/// The application service of study sessions: loads sessions through the ports, applies the aggregate's guarded methods,
/// saves with optimistic concurrency (retrying a few times on conflict, then reporting <c>CONFLICT</c>) and publishes the
/// events after the save.
/// </summary>
public sealed partial class StudySessionService
{
    private readonly ISessionRepository _sessions;
    private readonly IQuestionRepository _questions;
    private readonly IExamRepository _exams;
    private readonly IAnswerEventStore _answers;
    private readonly IEventPublisher _publisher;
    private readonly IRandomSource _random;
    private readonly TimeProvider _time;
    private readonly IReviewQueueSource _review;
    private readonly IDrawHintsSource _hints;
    private readonly StudySessionServiceOptions _options;

    /// <summary>Creates the service over its ports.</summary>
    public StudySessionService(
        ISessionRepository sessions,
        IQuestionRepository questions,
        IExamRepository exams,
        IAnswerEventStore answers,
        IEventPublisher publisher,
        IRandomSource random,
        TimeProvider time,
        IReviewQueueSource review,
        IDrawHintsSource hints,
        StudySessionServiceOptions? options = null)
    {
        _sessions = sessions;
        _questions = questions;
        _exams = exams;
        _answers = answers;
        _publisher = publisher;
        _random = random;
        _time = time;
        _review = review;
        _hints = hints;
        _options = options ?? new StudySessionServiceOptions();
    }

    /// <summary>
    /// Loads the session, applies <paramref name="apply"/>, and saves when it changed anything (even when it returns an
    /// error, e.g. an expiry); retries from a fresh load on a version conflict.
    /// </summary>
    private async Task<Result<(StudySession Session, T Value)>> MutateAsync<T>(
        string sessionId, string userId, Func<StudySession, DateTimeOffset, Result<T>> apply, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Math.Max(1, _options.MaxSaveAttempts); attempt++)
        {
            var session = await _sessions.GetAsync(sessionId, ct).ConfigureAwait(false);
            if (session is null || session.UserId != userId) return DomainError.NotFound("Session", sessionId);
            var expected = session.Version;
            var result = apply(session, _time.GetUtcNow());
            if (session.Version != expected)
            {
                if (await _sessions.SaveAsync(session, expected, ct).ConfigureAwait(false) == SaveResult.ConcurrencyConflict) continue;
                await PublishAsync(session.TakeEvents(), ct).ConfigureAwait(false);
            }
            return result.IsSuccess ? (session, result.Value) : result.Error;
        }
        return new DomainError(ErrorCodes.Conflict, $"Session '{sessionId}' kept changing concurrently; reload it and try again.");
    }

    private async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (e is AnswerRecorded answer) await _answers.AppendAsync(answer, ct).ConfigureAwait(false);
            await _publisher.PublishAsync(e, ct).ConfigureAwait(false);
        }
    }

    private string NewSessionId() => "ses_" + _random.NextSeed().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
