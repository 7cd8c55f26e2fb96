namespace StudyGraph.Domain.Accounts;

/// <summary>A profile change; <see langword="null"/> members stay as they are.</summary>
/// <param name="DisplayName">New display name.</param>
/// <param name="Preferences">New study preferences.</param>
public sealed record ProfileUpdate(string? DisplayName = null, StudyPreferences? Preferences = null);
