namespace StudyGraph.Domain.Catalog.Import;

/// <summary>The outcome of checking one file: every problem found, and the parsed bank when there were none.</summary>
/// <param name="Problems">Every problem, in document order.</param>
/// <param name="Bank">The parsed bank, or null when there is any problem (a file with a problem is refused whole).</param>
public sealed record BankValidationResult(IReadOnlyList<BankProblem> Problems, QuestionBank? Bank)
{
    /// <summary>True when the file has no problem.</summary>
    public bool IsValid => Problems.Count == 0 && Bank is not null;
}
