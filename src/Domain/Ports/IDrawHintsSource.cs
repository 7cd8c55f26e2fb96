namespace StudyGraph.Domain.Ports;

/// <summary>What a planned-set draw prefers: questions the learner has not seen and topics they are weak in.</summary>
public interface IDrawHintsSource
{
    /// <summary>The hints for a learner and exams.</summary>
    ValueTask<DrawHints> GetHintsAsync(string userId, IReadOnlyList<string> examIds, CancellationToken ct = default);
}
