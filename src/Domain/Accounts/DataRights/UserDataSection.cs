namespace StudyGraph.Domain.Accounts;

/// <summary>One section of an export.</summary>
/// <param name="Name">Section name.</param>
/// <param name="Records">The user's records in it.</param>
public sealed record UserDataSection(string Name, IReadOnlyList<object> Records);
