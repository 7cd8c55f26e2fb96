namespace StudyGraph.Domain.Catalog;

/// <summary>One answer option of a question; its id is stable forever.</summary>
/// <param name="Id">Id unique within the question.</param>
/// <param name="Text">The option's text.</param>
public sealed record Choice(string Id, string Text);
