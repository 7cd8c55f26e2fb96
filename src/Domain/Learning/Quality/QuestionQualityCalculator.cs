using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Learning;

/// <summary>Computes <see cref="QuestionQuality"/> from a question's answer events.</summary>
public static class QuestionQualityCalculator
{
    /// <summary>
    /// Quality of <paramref name="question"/> from its events (any order, other questions ignored).
    /// <paramref name="learnerAbility"/> maps a learner to an ability score for discrimination (for example their
    /// accuracy on the exam's other questions); learners missing from it are left out of discrimination.
    /// </summary>
    public static QuestionQuality Compute(Question question, IReadOnlyList<AnswerRecorded> events, IReadOnlyDictionary<string, double>? learnerAbility = null)
    {
        var mine = new List<AnswerRecorded>(events.Count);
        foreach (var e in events)
        {
            if (e.QuestionId == question.Id) mine.Add(e);
        }
        mine.Sort(static (a, b) => a.OccurredAt.CompareTo(b.OccurredAt));

        int firstTry = 0, firstTryCorrect = 0;
        var time = TimeSpan.Zero;
        var firstResult = new Dictionary<string, bool>(StringComparer.Ordinal);
        var wrongPicks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in mine)
        {
            if (e.AttemptKind == AttemptKind.Fresh)
            {
                firstTry++;
                time += e.TimeTaken;
                if (e.Correct) firstTryCorrect++;
                firstResult.TryAdd(e.UserId, e.Correct);
            }
            if (!e.Correct) CountWrongPicks(question, e, wrongPicks);
        }

        string? worst = null;
        var worstCount = 0;
        foreach (var (id, count) in wrongPicks)
        {
            if (count > worstCount || (count == worstCount && string.CompareOrdinal(id, worst) < 0)) { worst = id; worstCount = count; }
        }
        return new QuestionQuality(question.Id, mine.Count, firstResult.Count, firstTry,
            firstTry == 0 ? null : (double)firstTryCorrect / firstTry,
            PointBiserial(firstResult, learnerAbility),
            firstTry == 0 ? null : time / firstTry,
            worst, worstCount, FragilityOf(mine));
    }

    /// <summary>Fragility of one question's events sorted by time.</summary>
    public static Fragility FragilityOf(IReadOnlyList<AnswerRecorded> sortedEvents)
    {
        int retries = 0, retriesCorrect = 0, cold = 0, coldCorrect = 0;
        // Per learner: the session of a miss still waiting for its next cold encounter.
        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in sortedEvents)
        {
            switch (e.AttemptKind)
            {
                case AttemptKind.ImmediateRetry:
                    retries++;
                    if (e.Correct) retriesCorrect++;
                    break;
                case AttemptKind.Fresh or AttemptKind.FromPool:
                    if (pending.TryGetValue(e.UserId, out var session) && (e.AttemptKind == AttemptKind.FromPool || e.SessionId != session))
                    {
                        cold++;
                        if (e.Correct) coldCorrect++;
                        pending.Remove(e.UserId);
                    }
                    if (!e.Correct) pending[e.UserId] = e.SessionId;
                    break;
            }
        }
        return new Fragility(retries, retriesCorrect, cold, coldCorrect);
    }

    private static void CountWrongPicks(Question question, AnswerRecorded e, Dictionary<string, int> picks)
    {
        foreach (var id in e.ChosenChoiceIds)
        {
            if (question.CorrectChoiceIds.Contains(id) || !question.HasChoice(id)) continue;
            picks[id] = picks.GetValueOrDefault(id) + 1;
        }
    }

    // r_pb = (M1 − M0) / s · √(p·q), s the population standard deviation of ability over all learners.
    private static double? PointBiserial(Dictionary<string, bool> results, IReadOnlyDictionary<string, double>? ability)
    {
        if (ability is null) return null;
        int n1 = 0, n0 = 0;
        double sum1 = 0, sum0 = 0, sum = 0, sumSq = 0;
        foreach (var (user, correct) in results)
        {
            if (!ability.TryGetValue(user, out var a)) continue;
            if (correct) { n1++; sum1 += a; } else { n0++; sum0 += a; }
            sum += a;
            sumSq += a * a;
        }
        var n = n1 + n0;
        if (n1 == 0 || n0 == 0) return null;
        var mean = sum / n;
        var sd = Math.Sqrt(Math.Max(0, sumSq / n - mean * mean));
        if (sd < 1e-12) return null;
        var r = (sum1 / n1 - sum0 / n0) / sd * Math.Sqrt((double)n1 / n * n0 / n);
        return Math.Clamp(r, -1, 1);
    }
}
