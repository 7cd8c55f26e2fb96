namespace StudyGraph.Domain.Catalog;

/// <summary>A certification provider (<c>aws</c>, <c>azure</c>, <c>gcp</c>, ...).</summary>
/// <param name="Id">Slug id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One or two sentences about the provider.</param>
/// <param name="Website">The provider's certification site.</param>
public sealed record Provider(string Id, string Name, string Description, string Website);
