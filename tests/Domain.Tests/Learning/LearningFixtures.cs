using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Tests.Learning;

/// <summary>Small catalog and answer-event builders for learning tests.</summary>
public static class LearningFixtures
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero); // a Monday

    public static Exam Exam(string id = "ex", string provider = "aws", int count = 50, int pass = 700, params (string Id, int Weight, string[] Skills)[] topics)
    {
        if (topics.Length == 0) topics = [("t1", 50, ["networking"]), ("t2", 30, ["security"]), ("t3", 20, ["storage"])];
        var list = topics.Select(t => new Topic(t.Id, "Topic " + t.Id, t.Weight, t.Skills)).ToArray();
        return new Exam(id, provider, id.ToUpperInvariant(), "Exam " + id, count, 120, new PassingScore(pass, 1000), new Blueprint(list));
    }

    public static Question Question(string id, string topic = "t1", string exam = "ex", int choices = 4, params string[] correct)
    {
        if (correct.Length == 0) correct = ["a"];
        var ids = Enumerable.Range(0, choices).Select(i => ((char)('a' + i)).ToString()).ToArray();
        return new Question(id, exam, topic, correct.Length > 1 ? QuestionType.MultipleChoice : QuestionType.SingleChoice, "Q " + id,
            ids.Select(c => new Choice(c, "choice " + c)).ToArray(), correct, "because", [], 3, []);
    }

    private static int _seq;

    public static AnswerRecorded Answer(
        string user, string question, bool correct, DateTimeOffset at,
        AttemptKind kind = AttemptKind.Fresh, string session = "s1", string topic = "t1", string exam = "ex",
        double seconds = 30, params string[] chosen) =>
        new($"{session}:{Interlocked.Increment(ref _seq)}", user, session, SessionMode.Practice, exam, topic, question,
            chosen.Length == 0 ? [correct ? "a" : "b"] : chosen, correct, kind == AttemptKind.Fresh, kind, TimeSpan.FromSeconds(seconds), at);
}
