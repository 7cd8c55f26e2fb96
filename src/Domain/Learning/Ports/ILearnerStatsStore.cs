namespace StudyGraph.Domain.Learning;

/// <summary>Stores <see cref="LearnerExamStats"/> per learner and exam, with optimistic concurrency.</summary>
public interface ILearnerStatsStore
{
    /// <summary>The stats of a learner for an exam, or null when they never answered in it.</summary>
    ValueTask<LearnerExamStats?> GetAsync(string userId, string examId, CancellationToken ct = default);

    /// <summary>Every exam's stats of a learner.</summary>
    ValueTask<IReadOnlyList<LearnerExamStats>> ListForUserAsync(string userId, CancellationToken ct = default);

    /// <summary>
    /// Saves <paramref name="stats"/> if the stored version still equals <paramref name="expectedVersion"/> (0: not stored yet),
    /// then sets <see cref="LearnerExamStats.Version"/> to the next version. False on a conflict.
    /// </summary>
    ValueTask<bool> TrySaveAsync(LearnerExamStats stats, long expectedVersion, CancellationToken ct = default);

    /// <summary>Deletes every stats document of a learner; returns how many.</summary>
    ValueTask<int> DeleteForUserAsync(string userId, CancellationToken ct = default);
}
