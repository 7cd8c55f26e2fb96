using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions;

/// <summary>Shuffles a question's choices for one presentation.</summary>
public static class ChoiceShuffler
{
    private const int MaxRejections = 32;

    /// <summary>
    /// A uniformly random order of <paramref name="choiceIds"/>; when <paramref name="previous"/> is given and there are two or
    /// more choices, uniformly random among the orders that differ from it.
    /// </summary>
    public static string[] Shuffle(IReadOnlyList<string> choiceIds, IReadOnlyList<string>? previous, SeededRandom random)
    {
        var order = new string[choiceIds.Count];
        for (var attempt = 0; ; attempt++)
        {
            for (var i = 0; i < order.Length; i++) order[i] = choiceIds[i];
            random.Shuffle<string>(order);
            if (previous is null || order.Length < 2 || !SameOrder(order, previous)) return order;
            if (attempt == MaxRejections)
            {
                // Practically unreachable (each try repeats with probability <= 1/2); a swap guarantees a difference.
                (order[0], order[1]) = (order[1], order[0]);
                return order;
            }
        }
    }

    /// <summary>True when both lists hold the same ids in the same order.</summary>
    public static bool SameOrder(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}
