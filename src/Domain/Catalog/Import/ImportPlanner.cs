namespace StudyGraph.Domain.Catalog.Import;

/// <summary>Compares a valid bank with the store and says what is new, changed or unchanged (pure: no I/O).</summary>
public static class ImportPlanner
{
    /// <summary>Plans the import of <paramref name="bank"/> against <paramref name="existing"/>.</summary>
    public static ImportPlan Plan(QuestionBank bank, ExistingCatalog existing)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(existing);
        var conflicts = new List<BankProblem>();

        var provider = new PlannedChange<Provider>(bank.Provider.Id, Kind(existing.Provider, bank.Provider, CatalogEquality.Same), bank.Provider);
        if (existing.Exam is { } storedExam && storedExam.ProviderId != bank.Exam.ProviderId)
        {
            conflicts.Add(new BankProblem("$.exam.id", BankRules.Conflict,
                $"Exam '{bank.Exam.Id}' is stored under provider '{storedExam.ProviderId}', not '{bank.Exam.ProviderId}'."));
        }
        var exam = new PlannedChange<Exam>(bank.Exam.Id, Kind(existing.Exam, bank.Exam, CatalogEquality.Same), bank.Exam);

        var topics = new List<PlannedChange<Topic>>(bank.Exam.Topics.Count);
        foreach (var t in bank.Exam.Topics)
        {
            topics.Add(new PlannedChange<Topic>(t.Id, Kind(existing.Exam?.Blueprint.Find(t.Id), t, CatalogEquality.Same), t));
        }

        var questions = new List<PlannedChange<Question>>(bank.Questions.Count);
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < bank.Questions.Count; i++)
        {
            var q = bank.Questions[i];
            inFile.Add(q.Id);
            var stored = existing.Questions.GetValueOrDefault(q.Id);
            if (stored is not null && stored.ExamId != q.ExamId)
            {
                conflicts.Add(new BankProblem($"$.questions[{i}].id", BankRules.Conflict,
                    $"Question id '{q.Id}' already belongs to exam '{stored.ExamId}'; question ids are unique across all banks."));
            }
            questions.Add(new PlannedChange<Question>(q.Id, Kind(stored, q, CatalogEquality.Same), q));
        }

        var onlyInStore = existing.Questions.Values
            .Where(q => q.ExamId == bank.Exam.Id && !inFile.Contains(q.Id))
            .Select(q => q.Id).Order(StringComparer.Ordinal).ToList();
        return new ImportPlan(provider, exam, topics, questions, onlyInStore, conflicts);
    }

    private static ChangeKind Kind<T>(T? stored, T imported, Func<T, T, bool> same) where T : class =>
        stored is null ? ChangeKind.New : same(stored, imported) ? ChangeKind.Unchanged : ChangeKind.Changed;
}
