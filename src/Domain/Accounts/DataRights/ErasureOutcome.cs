namespace StudyGraph.Domain.Accounts;

/// <summary>What erasing one section did.</summary>
/// <param name="Section">The section (see <see cref="IUserDataPort.Section"/>).</param>
/// <param name="Deleted">Records removed.</param>
/// <param name="Anonymized">Records kept for anonymous aggregates with the user id replaced.</param>
public sealed record ErasureOutcome(string Section, int Deleted, int Anonymized);
