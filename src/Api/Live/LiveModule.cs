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
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.BindSubscriptionAsync("Subscription", "sessionProgress", async c =>
        {
            var (_, session) = await SessionAccess.LoadOwnAsync(c, c.GetArgument<string>("sessionId")).ConfigureAwait(false);
            var subscription = await c.GetRequiredService<IEventBus>().SubscribeAsync(EventTopics.Session(session.Id), c.CancellationToken).ConfigureAwait(false);
            return ProgressStream(session.Id, subscription, c.GetRequiredService<ISessionRepository>(), c.GetRequiredService<TimeProvider>(), c.CancellationToken);
        });
        schema.BindSubscriptionAsync("Subscription", "examActivity", async c =>
        {
            c.RequireRole(Role.Author, Role.Admin);
            var examId = GlobalId.Parse(c.GetArgument<string>("examId"), "Exam");
            var exam = examId is null ? null : await c.GetRequiredService<IExamRepository>().GetAsync(examId, c.CancellationToken).ConfigureAwait(false);
            if (exam is null) throw new GraphQLException($"Exam '{c.GetArgument<string>("examId")}' was not found.", ErrorCodes.NotFound);
            return await c.GetRequiredService<ExamActivityHub>().WatchAsync(exam, c.CancellationToken).ConfigureAwait(false);
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

    private static async IAsyncEnumerable<ProgressEvent> ProgressStream(string sessionId, IEventSubscription subscription, ISessionRepository sessions,
        TimeProvider time, [EnumeratorCancellation] CancellationToken ct)
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
                    case DeliveryResumed:
                        // Events from other instances may have been lost meanwhile: push the stored state, so the
                        // subscriber is up to date without waiting for the next answer.
                        var current = await sessions.GetAsync(sessionId, ct).ConfigureAwait(false);
                        if (current is null) yield break;
                        yield return new ProgressEvent(new SessionNode(current), current.Progress(time.GetUtcNow()), null);
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
}
