using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Catalog;

/// <summary>The catalog's document collections, for connection queries that filter and sort in the store.</summary>
/// <param name="Exams">The exams collection.</param>
/// <param name="Questions">The questions collection.</param>
public sealed record CatalogCollections(IDocumentCollection Exams, IDocumentCollection Questions);
