namespace StudyGraph.Domain.Learning;

/// <summary>A topic ranked for study: <see cref="Priority"/> = weight share × (1 − mastery).</summary>
/// <param name="TopicId">The topic.</param>
/// <param name="Name">Its name.</param>
/// <param name="WeightShare">Blueprint weight as a fraction.</param>
/// <param name="Mastery">Mastery in [0, 1].</param>
/// <param name="Priority">Weight share × (1 − mastery); higher means study it first.</param>
public sealed record TopicPriority(string TopicId, string Name, double WeightShare, double Mastery, double Priority);
