namespace StudyGraph.Domain.Catalog.Import;

/// <summary>One item of an import and how it compares with the store.</summary>
/// <typeparam name="T">Provider, Exam, Topic or Question.</typeparam>
/// <param name="Id">The item's id.</param>
/// <param name="Kind">New, changed or unchanged.</param>
/// <param name="Item">The imported item.</param>
public sealed record PlannedChange<T>(string Id, ChangeKind Kind, T Item);
