using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions.Draw;

namespace StudyGraph.Domain.Tests.Sessions.Draw;

public class PlannedSetDrawTests
{
    private static Exam Exam(string id, params int[] weights) => new(id, "p", id.ToUpperInvariant(), id, 10, 60, new PassingScore(70, 100),
        new Blueprint(weights.Select((w, i) => new Topic($"{id}.t{i}", $"T{i}", w, [])).ToList()));

    private static List<QuestionSummary> Bank(Exam e, int perTopic) =>
        e.Topics.SelectMany(t => Enumerable.Range(0, perTopic).Select(i => new QuestionSummary($"{t.Id}.q{i:D4}", e.Id, t.Id, 3))).ToList();

    private static IReadOnlyList<QuestionSummary> Draw(DrawRequest r, ulong seed = 1) => PlannedSetDraw.Draw(r, new SeededRandom(seed));

    [Fact]
    public void Draws_n_distinct_questions()
    {
        var e = Exam("e1", 50, 50);
        var drawn = Draw(new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = Bank(e, 30) }, 25));
        Assert.Equal(25, drawn.Count);
        Assert.Equal(25, drawn.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Balances_across_exams()
    {
        var a = Exam("a", 100);
        var b = Exam("b", 100);
        var c = Exam("c", 100);
        var drawn = Draw(new DrawRequest([a, b, c], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["a"] = Bank(a, 50), ["b"] = Bank(b, 50), ["c"] = Bank(c, 50) }, 30));
        Assert.All(new[] { "a", "b", "c" }, id => Assert.Equal(10, drawn.Count(q => q.ExamId == id)));
    }

    [Fact]
    public void An_exam_short_of_questions_gives_its_share_to_the_others()
    {
        var a = Exam("a", 100);
        var b = Exam("b", 100);
        var drawn = Draw(new DrawRequest([a, b], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["a"] = Bank(a, 3), ["b"] = Bank(b, 50) }, 20));
        Assert.Equal((3, 17), (drawn.Count(q => q.ExamId == "a"), drawn.Count(q => q.ExamId == "b")));
    }

    [Fact]
    public void Follows_blueprint_weights_without_boost()
    {
        var e = Exam("e1", 50, 30, 20);
        var drawn = Draw(new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = Bank(e, 100) }, 60, WeakTopicBoost: 0));
        Assert.Equal([30, 18, 12], e.Topics.Select(t => drawn.Count(q => q.TopicId == t.Id)));
    }

    [Fact]
    public void Prefers_weak_topics()
    {
        var e = Exam("e1", 50, 50);
        var mastery = new Dictionary<string, double> { ["e1.t0"] = 0.0, ["e1.t1"] = 1.0 };
        var drawn = Draw(new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = Bank(e, 100) }, 30, TopicMastery: mastery, WeakTopicBoost: 1));
        // weights 50 x 2 and 50 x 1: shares 2/3 and 1/3
        Assert.Equal((20, 10), (drawn.Count(q => q.TopicId == "e1.t0"), drawn.Count(q => q.TopicId == "e1.t1")));
    }

    [Fact]
    public void Prefers_unseen_questions_and_uses_seen_ones_only_when_unseen_run_out()
    {
        var e = Exam("e1", 100);
        var bank = Bank(e, 20);
        var seen = bank.Take(15).Select(q => q.Id).ToHashSet();
        var some = Draw(new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = bank }, 5, SeenQuestionIds: seen));
        Assert.All(some, q => Assert.DoesNotContain(q.Id, seen));
        var more = Draw(new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = bank }, 8, SeenQuestionIds: seen));
        Assert.Equal(5, more.Count(q => !seen.Contains(q.Id)));
        Assert.Equal(3, more.Count(q => seen.Contains(q.Id)));
    }

    [Fact]
    public void Topic_filter_keeps_only_chosen_topics()
    {
        var e = Exam("e1", 40, 30, 30);
        var drawn = Draw(new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = Bank(e, 20) }, 10, TopicFilter: new HashSet<string> { "e1.t2" }));
        Assert.Equal(10, drawn.Count);
        Assert.All(drawn, q => Assert.Equal("e1.t2", q.TopicId));
    }

    [Fact]
    public void Same_seed_same_draw_and_different_seed_different_draw()
    {
        var e = Exam("e1", 50, 50);
        var req = new DrawRequest([e], new Dictionary<string, IReadOnlyList<QuestionSummary>> { ["e1"] = Bank(e, 200) }, 20);
        Assert.Equal(Draw(req, 3).Select(q => q.Id), Draw(req, 3).Select(q => q.Id));
        Assert.NotEqual(Draw(req, 3).Select(q => q.Id).Order(), Draw(req, 4).Select(q => q.Id).Order());
    }

    [Fact]
    public void Apportionment_sums_to_total_within_capacity()
    {
        var seats = Apportionment.Split(10, [1, 1, 1], [100, 2, 100], new SeededRandom(1));
        Assert.Equal(10, seats.Sum());
        Assert.Equal(2, seats[1]);
        Assert.InRange(seats[0], 4, 4);
        Assert.Equal(0, Apportionment.Split(5, [1], [0], new SeededRandom(1)).Sum());
    }
}
