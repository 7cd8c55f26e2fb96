namespace StudyGraph.Api.Relay;

/// <summary>One filterable or sortable field: its GraphQL name, its stored path and its kind.</summary>
/// <param name="Name">The input field's name, e.g. <c>providerSlug</c>.</param>
/// <param name="Path">The stored document path, e.g. <c>providerId</c>.</param>
/// <param name="Kind">How its operations are read.</param>
/// <param name="IdType">For <see cref="FilterFieldKind.Id"/>: the Relay type whose global ids it accepts.</param>
public sealed record FilterField(string Name, string Path, FilterFieldKind Kind, string? IdType = null);
