using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.Learning;

/// <summary>Draw hints from learner stats: every question with FSRS memory counts as seen; mastery per answered topic is σ(θ).</summary>
public sealed class LearningDrawHints(ILearnerStatsStore stats) : IDrawHintsSource
{
    /// <inheritdoc />
    public async ValueTask<DrawHints> GetHintsAsync(string userId, IReadOnlyList<string> examIds, CancellationToken ct = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mastery = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var examId in examIds)
        {
            var doc = await stats.GetAsync(userId, examId, ct).ConfigureAwait(false);
            if (doc is null) continue;
            foreach (var id in doc.Memory.Keys) seen.Add(id);
            foreach (var t in doc.Topics.Values)
            {
                if (t.FirstTryAnswered > 0) mastery[t.TopicId] = Elo.Sigmoid(t.Ability.Value);
            }
        }
        return new DrawHints(seen, mastery);
    }
}
