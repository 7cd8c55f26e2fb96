namespace StudyGraph.Domain.Common;

/// <summary>
/// The serializable state of a <see cref="SeededRandom"/>. The words are stored as signed 64-bit integers so every
/// document store (JSON in SQLite, BSON int64 in MongoDB) keeps them exactly.
/// </summary>
/// <param name="S0">State word 0.</param>
/// <param name="S1">State word 1.</param>
/// <param name="S2">State word 2.</param>
/// <param name="S3">State word 3.</param>
public sealed record RandomState(long S0, long S1, long S2, long S3);
