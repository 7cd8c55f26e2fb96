using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Reports;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Sessions;

public sealed partial class SessionModule
{
    private static void RegisterTypes(SchemaBuilder schema)
    {
        schema.For<SessionNode>("StudySession")
            .Field("id", s => s.GlobalId)
            .Field("mode", s => s.Session.Mode)
            .Field("status", s => s.Session.Status)
            .FieldAsync("exams", async (s, c) => await ExamsAsync(c, s.Session).ConfigureAwait(false))
            .FieldAsync("topics", async (s, c) =>
            {
                var exams = await ExamsAsync(c, s.Session).ConfigureAwait(false);
                var topics = new List<TopicNode>();
                foreach (var topicId in s.Session.TopicIds)
                {
                    foreach (var exam in exams)
                    {
                        if (exam.Blueprint.Find(topicId) is { } t) { topics.Add(new TopicNode(exam, t)); break; }
                    }
                }
                return topics;
            })
            .Field("currentQuestion", (s, c) => PresentAsync(c, s.Session, s.Session.Current))
            .Field("currentAttemptKind", s => s.Session.Current is { } p ? AttemptKindName(p.Kind) : null)
            .Field("progress", (s, c) => s.Session.Progress(c.GetRequiredService<TimeProvider>().GetUtcNow()))
            .Field("startedAt", s => s.Session.CreatedAt)
            .Field("endedAt", s => s.Session.EndedAt)
            .Field("deadline", s => s.Session.Deadline)
            .FieldAsync("flaggedQuestions", async (s, c) =>
            {
                var flagged = new List<QuestionNode>();
                for (var i = 0; i < s.Session.States.Count; i++)
                {
                    if (!s.Session.States[i].Flagged) continue;
                    var q = await CatalogLoaders.QuestionAsync(c, s.Session.Planned[i].QuestionId).ConfigureAwait(false);
                    if (q is not null) flagged.Add(new QuestionNode(q, q.Choices, s.Session.Status is not (SessionStatus.Active or SessionStatus.Paused)));
                }
                return flagged;
            })
            .Field("score", s => s.Session.Score() is { } score ? new ScoreNode(score, s.Session) : null);

        schema.For<SessionProgress>("SessionProgress")
            .Field("planned", p => p.Planned)
            .Field("cleared", p => p.Cleared)
            .Field("firstTryCorrect", p => p.FirstTryCorrect)
            .Field("answered", p => p.Answered)
            .Field("attempts", p => p.TotalAttempts)
            .Field("accuracy", p => p.Accuracy)
            .Field("wrongPoolSize", p => p.WrongPoolSize)
            .Field("outstandingTries", p => p.OutstandingTries)
            .Field("freshRemaining", p => p.FreshRemaining)
            .Field("completion", p => p.Completion)
            .Field("elapsedSeconds", p => (int)Math.Floor(p.Elapsed.TotalSeconds))
            .Field("timeLeftSeconds", p => p.TimeLeft is { } t ? (int?)Math.Max(0, (int)Math.Ceiling(t.TotalSeconds)) : null)
            .Field("penaltyIndicator", p => p.Penalty);

        schema.For<PenaltyIndicator>("PenaltyIndicator")
            .Field("text", p => p.Text)
            .Field("extraQuestions", p => p.Questions)
            .Field("extraTries", p => p.Tries);

        schema.For<ScoreNode>("ExamScore")
            .Field("score", s => s.Score.ScaledScore)
            .Field("maxScore", s => s.Score.MaxScore)
            .Field("fraction", s => s.Score.Fraction)
            .Field("passed", s => s.Score.Passed)
            .Field("passingScore", s => s.Session.PassingScore ?? new PassingScore(s.Score.PassingScore, s.Score.MaxScore))
            .Field("answered", s => Answered(s.Session))
            .Field("unanswered", s => s.Session.Planned.Count - Answered(s.Session));

        schema.For<ReportNode>("SessionReport")
            .Field("session", r => new SessionNode(r.Session))
            .FieldAsync("topics", async (r, c) =>
            {
                var rows = new List<TopicBreakdownNode>(r.Report.Topics.Count);
                foreach (var t in r.Report.Topics)
                {
                    if (await CatalogLoaders.TopicAsync(c, t.ExamId, t.TopicId).ConfigureAwait(false) is { } topic) rows.Add(new TopicBreakdownNode(t, topic));
                }
                return rows;
            })
            .FieldAsync("questions", async (r, c) =>
            {
                var rows = new List<QuestionReviewNode>(r.Report.Questions.Count);
                foreach (var q in r.Report.Questions)
                {
                    var question = await CatalogLoaders.QuestionAsync(c, q.QuestionId).ConfigureAwait(false);
                    if (question is null) continue;
                    var trail = new List<AnswerEntry>();
                    foreach (var e in r.Report.Trail)
                    {
                        if (e.QuestionId == q.QuestionId) trail.Add(e);
                    }
                    var ended = r.Session.Status is not (SessionStatus.Active or SessionStatus.Paused);
                    rows.Add(new QuestionReviewNode(q, new QuestionNode(question, question.Choices, ended), trail));
                }
                return rows;
            })
            .Field("penaltyHistory", r => r.Report.PenaltyHistory)
            .Field("score", r => r.Report.Score is { } s ? new ScoreNode(s, r.Session) : null);

        schema.For<TopicBreakdownNode>("TopicBreakdown")
            .Field("topic", t => t.Topic)
            .Field("answered", t => t.Row.Answered)
            .Field("firstTryCorrect", t => t.Row.FirstTryCorrect)
            .Field("accuracy", t => t.Row.Accuracy)
            .Field("averageSeconds", t => t.Row.AverageTime.TotalSeconds);

        schema.For<QuestionReviewNode>("QuestionReview")
            .Field("question", q => q.Question)
            .Field("trail", q => q.Trail)
            .Field("firstTryCorrect", q => q.Row.FirstTryCorrect)
            .Field("secondsSpent", q => q.Row.TimeSpent.TotalSeconds)
            .Field("flagged", q => q.Row.Flagged);

        schema.For<AnswerEntry>("AttemptRecord")
            .Field("at", e => e.AnsweredAt)
            .Field("kind", e => AttemptKindName(e.Kind))
            .Field("choiceIds", e => e.ChosenChoiceIds)
            .Field("answeredCorrectly", e => e.Correct)
            .Field("seconds", e => e.TimeTaken.TotalSeconds);

        schema.For<PenaltyPoint>("PenaltyPoint")
            .Field("at", p => p.At)
            .Field("extraQuestions", p => p.Questions)
            .Field("extraTries", p => p.Tries)
            .Field("text", p => p.Text);
    }

    private static int Answered(StudySession session)
    {
        var n = 0;
        foreach (var s in session.States)
        {
            if (s.Answered) n++;
        }
        return n;
    }

    private static async Task<IReadOnlyList<Exam>> ExamsAsync(ResolveFieldContext c, StudySession session)
    {
        var exams = new List<Exam>(session.ExamIds.Count);
        foreach (var id in session.ExamIds)
        {
            if (await CatalogLoaders.ExamAsync(c, id).ConfigureAwait(false) is { } e) exams.Add(e);
        }
        return exams;
    }
}
