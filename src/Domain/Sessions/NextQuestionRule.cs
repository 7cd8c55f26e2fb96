using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions;

/// <summary>
/// Chooses the next question (domain.md, "Choosing the next question"):
/// 1. with probability p, when the wrong pool holds an entry other than the question just answered: the oldest such entry;
/// 2. otherwise a uniformly random fresh question;
/// 3. if the fresh pool is empty: the oldest wrong-pool entry (the one just answered only if nothing else is left);
/// 4. if both are empty: none (complete).
/// </summary>
public static class NextQuestionRule
{
    /// <summary>Applies the rule. <paramref name="justAnswered"/> is the planned index of the question just answered, or -1.</summary>
    public static NextPick Choose(IReadOnlyList<PoolEntry> pool, int freshCount, int justAnswered, double reaskProbability, SeededRandom random)
    {
        var oldestOther = Oldest(pool, justAnswered);
        if (oldestOther >= 0 && random.NextDouble() < reaskProbability) return new NextPick(PickSource.Pool, oldestOther);
        if (freshCount > 0) return new NextPick(PickSource.Fresh, random.NextInt(freshCount));
        if (oldestOther >= 0) return new NextPick(PickSource.Pool, oldestOther);
        if (pool.Count > 0) return new NextPick(PickSource.Pool, Oldest(pool, -1));
        return NextPick.None;
    }

    /// <summary>The list position of the oldest entry whose question is not <paramref name="exceptIndex"/>, or -1.</summary>
    public static int Oldest(IReadOnlyList<PoolEntry> pool, int exceptIndex)
    {
        var best = -1;
        for (var i = 0; i < pool.Count; i++)
        {
            if (pool[i].Index == exceptIndex) continue;
            if (best < 0 || pool[i].StampedAt < pool[best].StampedAt) best = i;
        }
        return best;
    }
}
