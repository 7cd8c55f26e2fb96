namespace StudyGraph.Domain.Catalog.Import;

/// <summary>What happened to one file of an import.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Problems">Every problem (validation and conflicts); a file with problems is refused whole.</param>
/// <param name="Plan">The plan, when the file was valid.</param>
/// <param name="Applied">True when the plan's writes were made.</param>
public sealed record FileImportResult(string Name, IReadOnlyList<BankProblem> Problems, ImportPlan? Plan, bool Applied)
{
    /// <summary>True when the file had no problem.</summary>
    public bool Accepted => Problems.Count == 0;
}
