using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Tests.Learning;

public class RecommenderTests
{
    private static ExamReadiness Readiness(double pass = 0.3, int answered = 100, params (string Id, double Weight, double Mastery)[] topics) =>
        new("ex", topics.Select(t => new TopicReadiness(t.Id, t.Id, t.Weight, 0, t.Mastery, t.Mastery, 10, 0.5)).ToArray(), 0.6, 0.05, 0.7, pass, 65, answered);

    [Fact]
    public void Topics_rank_by_weight_times_one_minus_mastery()
    {
        var r = Readiness(topics: [("heavy-strong", 0.5, 0.9), ("light-weak", 0.2, 0.1), ("mid", 0.3, 0.5)]);
        var ranked = Recommender.RankTopics(r);
        // priorities: 0.5·0.1 = 0.05, 0.2·0.9 = 0.18, 0.3·0.5 = 0.15
        Assert.Equal(["light-weak", "mid", "heavy-strong"], ranked.Select(t => t.TopicId));
        Assert.Equal(0.18, ranked[0].Priority, 12);
    }

    [Fact]
    public void Equal_priorities_go_to_the_heavier_topic()
    {
        var ranked = Recommender.RankTopics(Readiness(topics: [("a", 0.2, 0.5), ("b", 0.4, 0.75)]));
        Assert.Equal(["b", "a"], ranked.Select(t => t.TopicId));
    }

    [Fact]
    public void Many_due_reviews_suggest_a_review_session_capped_at_the_preferred_size()
    {
        var rec = Recommender.Recommend(Readiness(topics: [("a", 1, 0.5)]), dueReviews: 35, preferredSessionSize: 20);
        Assert.Equal(SessionMode.Review, rec.NextSession.Mode);
        Assert.Equal(20, rec.NextSession.Size);
        Assert.Equal(35, rec.DueReviews);
    }

    [Fact]
    public void Little_history_suggests_practice_likely_pass_a_simulation_otherwise_focus_on_the_weakest()
    {
        Assert.Equal(SessionMode.Practice, Recommender.Recommend(Readiness(answered: 5, topics: [("a", 1, 0.5)]), 0, 20).NextSession.Mode);
        var sim = Recommender.Recommend(Readiness(pass: 0.9, topics: [("a", 1, 0.9)]), 0, 20).NextSession;
        Assert.Equal(SessionMode.ExamSimulation, sim.Mode);
        Assert.Equal(65, sim.Size);
        var focus = Recommender.Recommend(Readiness(topics: [("a", 0.5, 0.9), ("b", 0.3, 0.2), ("c", 0.2, 0.3)]), 0, 15).NextSession;
        Assert.Equal(SessionMode.TopicFocus, focus.Mode);
        Assert.Equal(["b", "c"], focus.TopicIds);
        Assert.Equal(15, focus.Size);
    }
}
