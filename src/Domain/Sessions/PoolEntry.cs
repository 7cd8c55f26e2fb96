namespace StudyGraph.Domain.Sessions;

/// <summary>An entry of the wrong pool.</summary>
/// <param name="Index">The planned-set index of the question.</param>
/// <param name="RemainingTries">Correct answers still needed to leave the pool (1 or 2).</param>
/// <param name="StampedAt">When it entered the pool or was last answered wrong from it.</param>
public sealed record PoolEntry(int Index, int RemainingTries, DateTimeOffset StampedAt);
