namespace StudyGraph.Domain.Catalog.Import;

/// <summary>The outcome of importing a set of files.</summary>
/// <param name="Files">One result per file, in the order given.</param>
public sealed record ImportReport(IReadOnlyList<FileImportResult> Files)
{
    /// <summary>True when every file was accepted.</summary>
    public bool AllAccepted => Files.All(f => f.Accepted);

    /// <summary>The number of questions written (new or changed) across files.</summary>
    public int QuestionsWritten => Files.Where(f => f.Applied && f.Plan is not null).Sum(f => f.Plan!.QuestionsToWrite.Count);

    /// <summary>True when something was written.</summary>
    public bool WroteAnything => Files.Any(f => f.Applied && f.Plan!.HasWrites);
}
