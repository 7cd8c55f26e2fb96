namespace StudyGraph.Domain.Catalog.Import;

/// <summary>What importing one bank would do: each item as new, changed or unchanged, and any conflict with the store.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Exam">The exam (a topic change makes the exam changed, since it holds its blueprint).</param>
/// <param name="Topics">Each blueprint topic.</param>
/// <param name="Questions">Each question.</param>
/// <param name="QuestionIdsOnlyInStore">Questions of the exam in the store but not in the file (kept; reported for the author).</param>
/// <param name="Conflicts">Clashes with other banks in the store; a plan with conflicts must not be applied.</param>
public sealed record ImportPlan(
    PlannedChange<Provider> Provider,
    PlannedChange<Exam> Exam,
    IReadOnlyList<PlannedChange<Topic>> Topics,
    IReadOnlyList<PlannedChange<Question>> Questions,
    IReadOnlyList<string> QuestionIdsOnlyInStore,
    IReadOnlyList<BankProblem> Conflicts)
{
    /// <summary>True when applying the plan writes something.</summary>
    public bool HasWrites => Provider.Kind != ChangeKind.Unchanged || Exam.Kind != ChangeKind.Unchanged || QuestionsToWrite.Count > 0;

    /// <summary>The new and changed questions.</summary>
    public IReadOnlyList<Question> QuestionsToWrite => [.. Questions.Where(q => q.Kind != ChangeKind.Unchanged).Select(q => q.Item)];

    /// <summary>How many items of each kind the plan holds (providers, exams, topics and questions together).</summary>
    public int Count(ChangeKind kind) =>
        (Provider.Kind == kind ? 1 : 0) + (Exam.Kind == kind ? 1 : 0) + Topics.Count(t => t.Kind == kind) + Questions.Count(q => q.Kind == kind);
}
