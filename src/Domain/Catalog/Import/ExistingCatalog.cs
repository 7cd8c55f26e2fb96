namespace StudyGraph.Domain.Catalog.Import;

/// <summary>What the store holds that one bank may touch.</summary>
/// <param name="Provider">The stored provider with the bank's provider id, or null.</param>
/// <param name="Exam">The stored exam with the bank's exam id, or null.</param>
/// <param name="Questions">Stored questions by id: those with the bank's question ids (any exam) and those of the bank's exam.</param>
public sealed record ExistingCatalog(Provider? Provider, Exam? Exam, IReadOnlyDictionary<string, Question> Questions)
{
    /// <summary>An empty store.</summary>
    public static ExistingCatalog Empty { get; } = new(null, null, new Dictionary<string, Question>());
}
