using System.Runtime.CompilerServices;
using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Api.Sessions;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Live;

/// <summary>Subscriptions: a learner's session progress, and an exam's live activity for authors and admins.</summary>
public sealed class LiveModule : IResolverModule
{
    /// <summary>How often examActivity pushes a view without new answers (the window slides).</summary>
    public static TimeSpan ActivityTick { get; set; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.BindSubscriptionAsync("Subscription", "sessionProgress", async c =>
        {
            var (_, session) = await SessionAccess.LoadOwnAsync(c, c.GetArgument<string>("sessionId")).ConfigureAwait(false);
            var subscription = await c.GetRequiredService<IEventBus>().SubscribeAsync(EventTopics.Session(session.Id), c.CancellationToken).ConfigureAwait(false);
            return ProgressStream(subscription, c.GetRequiredService<ISessionRepository>(), c.CancellationToken);
        });
        schema.BindSubscriptionAsync("Subscription", "examActivity", async c =>
        {
            c.RequireRole(Role.Author, Role.Admin);
            var examId = GlobalId.Parse(c.GetArgument<string>("examId"), "Exam");
            var exam = examId is null ? null : await c.GetRequiredService<IExamRepository>().GetAsync(examId, c.CancellationToken).ConfigureAwait(false);
            if (exam is null) throw new GraphQLException($"Exam '{c.GetArgument<string>("examId")}' was not found.", ErrorCodes.NotFound);
            var subscription = await c.GetRequiredService<IEventBus>().SubscribeAsync(EventTopics.ExamActivity(exam.Id), c.CancellationToken).ConfigureAwait(false);
            return ActivityStream(exam, subscription, c.GetRequiredService<IAnswerEventStore>(), c.GetRequiredService<DocumentSessionRepository>(),
                c.GetRequiredService<TimeProvider>(), c.CancellationToken);
        });

        schema.For<ProgressEvent>("SessionProgressEvent")
            .Field("session", e => e.Session)
            .Field("progress", e => e.Progress)
            .Field("penaltyIndicator", e => e.Progress.Penalty)
            .Field("lastAnswer", e => e.LastAnswer);
        schema.For<AnswerOutcomeNode>("AnswerOutcome")
            .Field("questionId", a => GlobalId.Encode("Question", a.QuestionId))
            .Field("answeredCorrectly", a => a.AnsweredCorrectly)
            .Field("nextAction", a => a.NextAction)
            .Field("at", a => a.At);
        schema.For<ExamActivitySnapshot>("ExamActivity")
            .Field("exam", a => a.Exam)
            .Field("activeSessions", a => a.ActiveSessions)
            .Field("answersPerMinute", a => a.AnswersPerMinute)
            .Field("accuracy", a => a.Accuracy)
            .Field("recent", a => a.Recent)
            .Field("at", a => a.At);
        schema.For<ActivityPoint>("ActivityPoint")
            .Field("minute", p => p.Minute)
            .Field("answers", p => p.Answers)
            .Field("accuracy", p => p.Accuracy);
    }

    private static async IAsyncEnumerable<ProgressEvent> ProgressStream(IEventSubscription subscription, ISessionRepository sessions,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using (subscription.ConfigureAwait(false))
        {
            AnswerRecorded? lastAnswer = null;
            await foreach (var e in subscription.ReadAllAsync(ct).ConfigureAwait(false))
            {
                switch (e)
                {
                    case AnswerRecorded a:
                        lastAnswer = a;
                        break;
                    case SessionProgressed p:
                        var session = await sessions.GetAsync(p.SessionId, ct).ConfigureAwait(false);
                        if (session is null) yield break;
                        yield return new ProgressEvent(new SessionNode(session), p.Progress, Outcome(lastAnswer, session, p));
                        lastAnswer = null;
                        break;
                }
            }
        }
    }

    private static AnswerOutcomeNode? Outcome(AnswerRecorded? answer, StudySession session, SessionProgressed progressed)
    {
        if (answer is null) return null;
        var next = NextAction.NextQuestion;
        for (var i = session.Trail.Count - 1; i >= 0; i--)
        {
            var entry = session.Trail[i];
            if (entry.QuestionId == answer.QuestionId && entry.AnsweredAt == answer.OccurredAt) { next = entry.NextAction; break; }
        }
        // An exam simulation gives no feedback until it ends.
        var hidden = session.HidesFeedback && progressed.Status is SessionStatus.Active or SessionStatus.Paused;
        return new AnswerOutcomeNode(answer.QuestionId, !hidden && answer.Correct, next, answer.OccurredAt);
    }

    private static async IAsyncEnumerable<ExamActivitySnapshot> ActivityStream(Exam exam, IEventSubscription subscription, IAnswerEventStore answers,
        DocumentSessionRepository sessions, TimeProvider time, [EnumeratorCancellation] CancellationToken ct)
    {
        await using (subscription.ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            var window = new ActivityWindow(now);
            foreach (var a in await answers.QueryAsync(new AnswerEventQuery(ExamId: exam.Id, Since: now.AddMinutes(-ActivityWindow.Minutes)), ct).ConfigureAwait(false))
            {
                window.Add(a);
            }
            var active = await CountActiveAsync(sessions, exam.Id, ct).ConfigureAwait(false);
            yield return Snapshot(exam, window, active, now);

            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var events = subscription.ReadAllAsync(linked.Token).GetAsyncEnumerator(linked.Token);
            var nextEvent = events.MoveNextAsync().AsTask();
            var counted = time.GetUtcNow();
            try
            {
            while (!ct.IsCancellationRequested)
            {
                var tick = Task.Delay(ActivityTick, time, ct);
                var done = await Task.WhenAny(nextEvent, tick).ConfigureAwait(false);
                if (done == nextEvent)
                {
                    if (!await nextEvent.ConfigureAwait(false)) yield break;
                    var e = events.Current;
                    nextEvent = events.MoveNextAsync().AsTask();
                    if (e is AnswerRecorded answer) window.Add(answer);
                    else if (e is SessionEnded || time.GetUtcNow() - counted > TimeSpan.FromSeconds(2))
                    {
                        // Session starts and endings move the count; recounting is throttled for busy exams.
                        active = await CountActiveAsync(sessions, exam.Id, ct).ConfigureAwait(false);
                        counted = time.GetUtcNow();
                    }
                }
                else if (ct.IsCancellationRequested)
                {
                    yield break;
                }
                else
                {
                    active = await CountActiveAsync(sessions, exam.Id, ct).ConfigureAwait(false);
                }
                now = time.GetUtcNow();
                window.Advance(now);
                yield return Snapshot(exam, window, active, now);
            }
            }
            finally
            {
                // The pending read must finish before its enumerator is disposed.
                await linked.CancelAsync().ConfigureAwait(false);
                try
                {
                    await nextEvent.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                await events.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static ExamActivitySnapshot Snapshot(Exam exam, ActivityWindow window, int active, DateTimeOffset now) =>
        new(exam, active, window.AnswersPerMinute, window.Accuracy, window.Recent(), now);

    private static async Task<int> CountActiveAsync(DocumentSessionRepository sessions, string examId, CancellationToken ct) =>
        checked((int)await sessions.CountAsync(DocumentFilter.And(
            DocumentFilter.Eq("status", "ACTIVE"),
            DocumentFilter.Field("examIds", FilterOperator.ArrayContains, examId)), ct).ConfigureAwait(false));
}
