using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.Learning;

/// <summary>
/// The <c>REVIEW</c> queue from FSRS memory: questions due now, least likely to be recalled first; then questions whose
/// latest review was wrong but are not due yet, longest ago first.
/// </summary>
public sealed class ReviewPlanner(ILearnerStatsStore stats) : IReviewQueueSource
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> GetReviewQuestionIdsAsync(
        string userId, IReadOnlyList<string> examIds, int max, DateTimeOffset now, CancellationToken ct = default)
    {
        var states = new List<MemoryState>();
        foreach (var examId in examIds)
        {
            var doc = await stats.GetAsync(userId, examId, ct).ConfigureAwait(false);
            if (doc is not null) states.AddRange(doc.Memory.Values);
        }
        return Plan(states, now, max);
    }

    /// <summary>Orders <paramref name="states"/> into a review queue of at most <paramref name="max"/> ids.</summary>
    public static IReadOnlyList<string> Plan(IEnumerable<MemoryState> states, DateTimeOffset now, int max)
    {
        var due = new List<(double R, MemoryState S)>();
        var missed = new List<MemoryState>();
        foreach (var s in states)
        {
            if (s.Due <= now) due.Add((Fsrs.Retrievability(s, now), s));
            else if (s.LastGrade == FsrsGrade.Again) missed.Add(s);
        }
        due.Sort(static (a, b) => a.R != b.R ? a.R.CompareTo(b.R) : string.CompareOrdinal(a.S.QuestionId, b.S.QuestionId));
        missed.Sort(static (a, b) => a.LastReview != b.LastReview ? a.LastReview.CompareTo(b.LastReview) : string.CompareOrdinal(a.QuestionId, b.QuestionId));
        var result = new List<string>(Math.Min(Math.Max(0, max), due.Count + missed.Count));
        for (var i = 0; i < due.Count && result.Count < max; i++) result.Add(due[i].S.QuestionId);
        for (var i = 0; i < missed.Count && result.Count < max; i++) result.Add(missed[i].QuestionId);
        return result;
    }

    /// <summary>How many questions of <paramref name="stats"/> are due at <paramref name="now"/>.</summary>
    public static int CountDue(LearnerExamStats? stats, DateTimeOffset now)
    {
        if (stats is null) return 0;
        var n = 0;
        foreach (var s in stats.Memory.Values)
        {
            if (s.Due <= now) n++;
        }
        return n;
    }
}
