using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Tests.Sessions;

/// <summary>Builds sessions over small synthetic planned sets and answers them right or wrong in one line.</summary>
public static class SessionHarness
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Ids = ["a", "b", "c", "d", "e", "f", "g", "h"];

    public static PlannedQuestion Q(int i, int choices = 4, string exam = "e1", string topic = "e1.t1") =>
        new($"q{i}", exam, topic, Ids[..choices], ["a"]);

    public static StudySession Start(int n, double p = 0.2, ulong seed = 1, SessionMode mode = SessionMode.Practice, int choices = 4,
        DateTimeOffset? deadline = null, PassingScore? passing = null)
    {
        var planned = Enumerable.Range(1, n).Select(i => Q(i, choices, topic: i % 2 == 0 ? "e1.t2" : "e1.t1")).ToList();
        return Start(planned, p, seed, mode, deadline, passing);
    }

    public static StudySession Start(IReadOnlyList<PlannedQuestion> planned, double p = 0.2, ulong seed = 1, SessionMode mode = SessionMode.Practice,
        DateTimeOffset? deadline = null, PassingScore? passing = null)
    {
        var start = new SessionStart("s1", "u1", mode, ["e1"], [], new SessionOptions { ReaskProbability = p }, deadline, passing);
        var r = StudySession.Start(start, planned, new SeededRandom(seed), T0);
        Assert.True(r.IsSuccess, r.ToString());
        return r.Value;
    }

    public static IReadOnlyList<string> Choose(this StudySession s, bool correct)
    {
        var planned = s.Planned[s.Current!.Index];
        return correct ? planned.CorrectChoiceIds : [planned.ChoiceIds.First(id => !planned.CorrectChoiceIds.Contains(id))];
    }

    public static AnswerOutcome AnswerCurrent(this StudySession s, bool correct, DateTimeOffset? at = null, string? key = null)
    {
        var r = s.Answer(s.Current!.QuestionId, s.Choose(correct), at ?? T0.AddSeconds(s.Trail.Count + 1), key);
        Assert.True(r.IsSuccess, r.ToString());
        return r.Value;
    }

    /// <summary>Cleared + wrong pool + fresh pool = planned, with no question in two places.</summary>
    public static void AssertAccounted(StudySession s)
    {
        var cleared = s.States.Count(x => x.Cleared);
        Assert.Equal(s.Planned.Count, cleared + s.WrongPool.Count + s.FreshPool.Count);
        var places = s.FreshPool.Concat(s.WrongPool.Select(e => e.Index)).Concat(Enumerable.Range(0, s.Planned.Count).Where(i => s.States[i].Cleared));
        Assert.Equal(s.Planned.Count, places.Distinct().Count());
    }
}
