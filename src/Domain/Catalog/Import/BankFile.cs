namespace StudyGraph.Domain.Catalog.Import;

/// <summary>A question-bank file to import.</summary>
/// <param name="Name">The file name (for reports), e.g. <c>aws-saa-c03.json</c>.</param>
/// <param name="Json">The file's JSON text.</param>
public sealed record BankFile(string Name, string Json);
