using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Draw;

namespace StudyGraph.Domain.Sessions.Service;

public sealed partial class StudySessionService
{
    /// <summary>Starts a session: validates the request, draws the planned set, stores the session and presents its first question.</summary>
    public async Task<Result<SessionView>> StartAsync(StartSessionCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Check(command) is { } invalid) return invalid;
        var exams = await _exams.GetManyAsync(command.ExamIds, ct).ConfigureAwait(false);
        foreach (var id in command.ExamIds)
        {
            if (!exams.Any(e => e.Id == id)) return DomainError.NotFound("Exam", id);
        }
        var topics = command.TopicIds ?? [];
        foreach (var t in topics)
        {
            if (!exams.Any(e => e.Blueprint.Find(t) is not null)) return SessionErrors.Invalid($"'{t}' is not a topic of the chosen exams.", "topicIds");
        }

        var now = _time.GetUtcNow();
        var random = new SeededRandom(command.Seed ?? _random.NextSeed());
        var size = command.Mode == SessionMode.ExamSimulation ? exams[0].QuestionCount : command.Size ?? _options.DefaultSize;
        var ids = command.Mode == SessionMode.Review
            ? await _review.GetReviewQuestionIdsAsync(command.UserId, command.ExamIds, size, now, ct).ConfigureAwait(false)
            : await DrawAsync(command, exams, topics, size, random, ct).ConfigureAwait(false);
        var loaded = await _questions.GetManyAsync(ids, ct).ConfigureAwait(false);
        var planned = new List<PlannedQuestion>(loaded.Count);
        foreach (var q in loaded)
        {
            if (command.ExamIds.Contains(q.ExamId) && planned.Count < size) planned.Add(PlannedQuestion.From(q));
        }
        if (planned.Count == 0)
        {
            return SessionErrors.Invalid(command.Mode == SessionMode.Review
                ? "Nothing is due for review in these exams."
                : "There are no questions for this selection.");
        }

        var start = new SessionStart(
            Id: NewSessionId(),
            UserId: command.UserId,
            Mode: command.Mode,
            ExamIds: [.. command.ExamIds],
            TopicIds: [.. topics],
            Options: new SessionOptions
            {
                ReaskProbability = command.ReaskProbability ?? SessionOptions.DefaultReaskProbability,
                TimeLimit = TimeLimitFor(command, exams[0], planned.Count),
            },
            PassingScore: command.Mode == SessionMode.ExamSimulation ? exams[0].PassingScore : null);
        start = start with { Deadline = start.Options.TimeLimit is { } limit ? now + limit : null };
        var started = StudySession.Start(start, planned, random, now);
        if (!started.IsSuccess) return started.Error;
        var session = started.Value;
        if (await _sessions.InsertAsync(session, ct).ConfigureAwait(false) == SaveResult.ConcurrencyConflict)
        {
            return new DomainError(ErrorCodes.Conflict, $"Session id '{session.Id}' is taken; try again.");
        }
        await PublishAsync(session.TakeEvents(), ct).ConfigureAwait(false);
        return await ViewAsync(session, now, ct).ConfigureAwait(false);
    }

    private DomainError? Check(StartSessionCommand c)
    {
        if (string.IsNullOrWhiteSpace(c.UserId)) return SessionErrors.Invalid("A session needs a learner.", "userId");
        if (c.ExamIds is null || c.ExamIds.Count == 0) return SessionErrors.Invalid("Choose at least one exam.", "examIds");
        if (c.ExamIds.Count > _options.MaxExams) return SessionErrors.Invalid($"A session spans at most {_options.MaxExams} exams.", "examIds");
        if (c.ExamIds.Distinct(StringComparer.Ordinal).Count() != c.ExamIds.Count) return SessionErrors.Invalid("An exam is listed twice.", "examIds");
        if (c.Mode == SessionMode.ExamSimulation && c.ExamIds.Count != 1) return SessionErrors.Invalid("An exam simulation takes exactly one exam.", "examIds");
        if (c.Mode == SessionMode.TopicFocus && (c.TopicIds is null || c.TopicIds.Count == 0)) return SessionErrors.Invalid("Choose at least one topic to focus on.", "topicIds");
        if (c.Mode != SessionMode.TopicFocus && c.TopicIds is { Count: > 0 }) return SessionErrors.Invalid("Topics are chosen only in TOPIC_FOCUS mode.", "topicIds");
        if (c.Size is { } n && (n < 1 || n > _options.MaxSize)) return SessionErrors.Invalid($"A session has 1 to {_options.MaxSize} questions.", "size");
        if (c.ReaskProbability is { } p && (p < 0 || p > 1 || double.IsNaN(p))) return SessionErrors.Invalid("The re-ask probability is between 0 and 1.", "reaskProbability");
        if (c.TimeLimit is { } t && (c.Mode != SessionMode.Timed || t <= TimeSpan.Zero || t > _options.MaxTimeLimit))
        {
            return SessionErrors.Invalid($"A time limit is set only for TIMED sessions, up to {_options.MaxTimeLimit.TotalHours} hours.", "timeLimit");
        }
        return null;
    }

    private TimeSpan? TimeLimitFor(StartSessionCommand c, Exam exam, int planned) => c.Mode switch
    {
        SessionMode.Timed => c.TimeLimit ?? _options.DefaultTimePerQuestion * planned,
        SessionMode.ExamSimulation => exam.Duration,
        _ => null,
    };

    private async Task<IReadOnlyList<string>> DrawAsync(StartSessionCommand c, IReadOnlyList<Exam> exams, IReadOnlyList<string> topics, int size, SeededRandom random, CancellationToken ct)
    {
        var candidates = new Dictionary<string, IReadOnlyList<QuestionSummary>>(StringComparer.Ordinal);
        foreach (var e in exams) candidates[e.Id] = await _questions.ListSummariesAsync(e.Id, ct).ConfigureAwait(false);
        var hints = await _hints.GetHintsAsync(c.UserId, c.ExamIds, ct).ConfigureAwait(false);
        var simulation = c.Mode == SessionMode.ExamSimulation;
        var request = new DrawRequest(
            exams, candidates, size,
            TopicFilter: topics.Count > 0 ? new HashSet<string>(topics, StringComparer.Ordinal) : null,
            SeenQuestionIds: hints.SeenQuestionIds,
            TopicMastery: simulation ? null : hints.TopicMastery,
            WeakTopicBoost: simulation ? 0 : _options.WeakTopicBoost);
        var drawn = PlannedSetDraw.Draw(request, random);
        var ids = new List<string>(drawn.Count);
        foreach (var q in drawn) ids.Add(q.Id);
        return ids;
    }
}
