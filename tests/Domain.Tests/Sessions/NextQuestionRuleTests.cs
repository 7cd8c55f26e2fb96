using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using static StudyGraph.Domain.Tests.Sessions.SessionHarness;

namespace StudyGraph.Domain.Tests.Sessions;

/// <summary>One test per selection rule (domain.md, "Choosing the next question").</summary>
public class NextQuestionRuleTests
{
    private static PoolEntry E(int index, int secondsAfterT0, int tries = 2) => new(index, tries, T0.AddSeconds(secondsAfterT0));

    [Fact]
    public void Rule1_with_the_reask_draw_the_oldest_pool_entry_other_than_the_one_just_answered()
    {
        var pool = new[] { E(7, 30), E(3, 10), E(5, 20) };
        var pick = NextQuestionRule.Choose(pool, freshCount: 10, justAnswered: 3, reaskProbability: 1.0, new SeededRandom(1));
        Assert.Equal(new NextPick(PickSource.Pool, 2), pick); // index 5 at +20 s: the oldest once index 3 is excluded
    }

    [Fact]
    public void Rule1_oldest_is_by_stamp_not_by_list_position()
    {
        var pool = new[] { E(1, 50), E(2, 5) };
        Assert.Equal(new NextPick(PickSource.Pool, 1), NextQuestionRule.Choose(pool, 4, -1, 1.0, new SeededRandom(1)));
    }

    [Fact]
    public void Rule1_does_not_apply_when_the_pool_holds_only_the_question_just_answered()
    {
        var pool = new[] { E(3, 10) };
        var pick = NextQuestionRule.Choose(pool, freshCount: 5, justAnswered: 3, reaskProbability: 1.0, new SeededRandom(1));
        Assert.Equal(PickSource.Fresh, pick.Source);
    }

    [Fact]
    public void Rule2_otherwise_a_uniformly_random_fresh_question()
    {
        var random = new SeededRandom(11);
        var pool = new[] { E(1, 1) };
        var counts = new int[8];
        const int draws = 16_000;
        for (var i = 0; i < draws; i++)
        {
            var pick = NextQuestionRule.Choose(pool, 8, -1, reaskProbability: 0, random);
            Assert.Equal(PickSource.Fresh, pick.Source);
            counts[pick.Position]++;
        }
        // Each position expects 2,000; sd = sqrt(16000 * 1/8 * 7/8) ~ 41.8; tolerance 4 sd.
        Assert.All(counts, c => Assert.InRange(c, 2000 - 168, 2000 + 168));
    }

    [Fact]
    public void Rule3_empty_fresh_pool_serves_the_oldest_other_entry_even_without_the_reask_draw()
    {
        var pool = new[] { E(4, 1), E(6, 2) };
        Assert.Equal(new NextPick(PickSource.Pool, 1), NextQuestionRule.Choose(pool, 0, justAnswered: 4, reaskProbability: 0, new SeededRandom(1)));
    }

    [Fact]
    public void Rule3_serves_the_question_just_answered_only_when_nothing_else_is_left()
    {
        var pool = new[] { E(4, 1) };
        Assert.Equal(new NextPick(PickSource.Pool, 0), NextQuestionRule.Choose(pool, 0, justAnswered: 4, reaskProbability: 0, new SeededRandom(1)));
    }

    [Fact]
    public void Rule4_both_pools_empty_means_complete()
    {
        Assert.Equal(NextPick.None, NextQuestionRule.Choose([], 0, 2, 0.2, new SeededRandom(1)));
    }

    [Fact]
    public void Twenty_eighty_split_holds_over_many_draws()
    {
        // 20,000 draws with an eligible pool entry and a non-empty fresh pool. Expected pool share p = 0.2;
        // sd of the share = sqrt(p(1-p)/n) = 0.00283; tolerance: 3 sd (0.0085).
        const int draws = 20_000;
        const double p = 0.2;
        var random = new SeededRandom(20_80);
        var pool = new[] { E(1, 1), E(2, 2) };
        var fromPool = 0;
        for (var i = 0; i < draws; i++)
        {
            if (NextQuestionRule.Choose(pool, 50, justAnswered: 1, p, random).Source == PickSource.Pool) fromPool++;
        }
        var share = (double)fromPool / draws;
        var tolerance = 3 * Math.Sqrt(p * (1 - p) / draws);
        Assert.InRange(share, p - tolerance, p + tolerance);
    }

    [Fact]
    public void Twenty_eighty_split_holds_inside_sessions()
    {
        // Sessions where every fresh question is first answered wrong (then right on the re-ask), so the wrong pool fills;
        // count 4,000 next-question choices (tolerance 3 sd) made while both the fresh pool and another pool entry were available.
        var eligible = 0;
        var fromPool = 0;
        for (ulong seed = 1; eligible < 4_000; seed++)
        {
            var s = Start(200, p: 0.2, seed: seed);
            while (s.Status == SessionStatus.Active && s.FreshPool.Count > 1)
            {
                var cur = s.Current!;
                var answerWrong = cur.Kind == Domain.Sessions.Events.AttemptKind.Fresh;
                if (answerWrong)
                {
                    s.AnswerCurrent(false);
                    cur = s.Current!;
                }
                var othersInPool = s.WrongPool.Any(e => e.Index != cur.Index);
                var freshLeft = s.FreshPool.Count > 0;
                s.AnswerCurrent(true);
                if (othersInPool && freshLeft)
                {
                    eligible++;
                    if (s.Current!.Kind == Domain.Sessions.Events.AttemptKind.FromPool) fromPool++;
                }
            }
        }
        var share = (double)fromPool / eligible;
        var tolerance = 3 * Math.Sqrt(0.2 * 0.8 / eligible);
        Assert.InRange(share, 0.2 - tolerance, 0.2 + tolerance);
    }
}
