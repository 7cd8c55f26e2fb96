using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.Catalog.Import;

/// <summary>
/// Imports question-bank files: validates each (every problem with its JSON path), checks ids across the files and the
/// store, plans each valid file against the store and writes only what is new or changed.
/// </summary>
public sealed class BankImporter
{
    private readonly IProviderRepository _providers;
    private readonly IExamRepository _exams;
    private readonly IQuestionRepository _questions;

    /// <summary>Creates the importer over the catalog stores.</summary>
    public BankImporter(IProviderRepository providers, IExamRepository exams, IQuestionRepository questions)
    {
        _providers = providers;
        _exams = exams;
        _questions = questions;
    }

    /// <summary>Imports <paramref name="files"/>; with <paramref name="dryRun"/> only plans. A file with any problem is refused whole.</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<BankFile> files, bool dryRun = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var validated = new List<(BankFile File, List<BankProblem> Problems, QuestionBank? Bank)>(files.Count);
        foreach (var f in files)
        {
            var r = BankValidator.Validate(f.Json);
            validated.Add((f, [.. r.Problems], r.Bank));
        }
        CheckAcrossFiles(validated);

        var results = new List<FileImportResult>(files.Count);
        foreach (var (file, problems, bank) in validated)
        {
            if (bank is null || problems.Count > 0)
            {
                results.Add(new FileImportResult(file.Name, problems, null, false));
                continue;
            }
            var plan = ImportPlanner.Plan(bank, await LoadExistingAsync(bank, ct).ConfigureAwait(false));
            if (plan.Conflicts.Count > 0)
            {
                results.Add(new FileImportResult(file.Name, plan.Conflicts, plan, false));
                continue;
            }
            if (!dryRun) await ApplyAsync(plan, ct).ConfigureAwait(false);
            results.Add(new FileImportResult(file.Name, [], plan, !dryRun));
        }
        return new ImportReport(results);
    }

    private static void CheckAcrossFiles(List<(BankFile File, List<BankProblem> Problems, QuestionBank? Bank)> validated)
    {
        var providers = new Dictionary<string, (Provider Provider, string File)>(StringComparer.Ordinal);
        var exams = new Dictionary<string, string>(StringComparer.Ordinal);
        var questions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, problems, bank) in validated)
        {
            if (bank is null) continue;
            if (providers.TryGetValue(bank.Provider.Id, out var p) && !CatalogEquality.Same(p.Provider, bank.Provider))
            {
                problems.Add(new BankProblem("$.provider", BankRules.Conflict, $"Provider '{bank.Provider.Id}' is described differently in {p.File}."));
            }
            else providers.TryAdd(bank.Provider.Id, (bank.Provider, file.Name));
            if (!exams.TryAdd(bank.Exam.Id, file.Name))
            {
                problems.Add(new BankProblem("$.exam.id", BankRules.Conflict, $"Exam '{bank.Exam.Id}' is also defined in {exams[bank.Exam.Id]}."));
            }
            for (var i = 0; i < bank.Questions.Count; i++)
            {
                var id = bank.Questions[i].Id;
                if (!questions.TryAdd(id, file.Name))
                {
                    problems.Add(new BankProblem($"$.questions[{i}].id", BankRules.DuplicateId, $"Question id '{id}' is also used in {questions[id]}."));
                }
            }
        }
    }

    private async Task<ExistingCatalog> LoadExistingAsync(QuestionBank bank, CancellationToken ct)
    {
        var provider = await _providers.GetAsync(bank.Provider.Id, ct).ConfigureAwait(false);
        var exam = await _exams.GetAsync(bank.Exam.Id, ct).ConfigureAwait(false);
        var ids = new List<string>(bank.Questions.Count);
        foreach (var q in bank.Questions) ids.Add(q.Id);
        var summaries = await _questions.ListSummariesAsync(bank.Exam.Id, ct).ConfigureAwait(false);
        var inFile = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var s in summaries)
        {
            if (!inFile.Contains(s.Id)) ids.Add(s.Id);
        }
        var stored = await _questions.GetManyAsync(ids, ct).ConfigureAwait(false);
        var byId = new Dictionary<string, Question>(stored.Count, StringComparer.Ordinal);
        foreach (var q in stored) byId[q.Id] = q;
        return new ExistingCatalog(provider, exam, byId);
    }

    private async Task ApplyAsync(ImportPlan plan, CancellationToken ct)
    {
        if (plan.Provider.Kind != ChangeKind.Unchanged) await _providers.UpsertAsync(plan.Provider.Item, ct).ConfigureAwait(false);
        if (plan.Exam.Kind != ChangeKind.Unchanged) await _exams.UpsertAsync(plan.Exam.Item, ct).ConfigureAwait(false);
        var toWrite = plan.QuestionsToWrite;
        if (toWrite.Count > 0) await _questions.UpsertManyAsync(toWrite, ct).ConfigureAwait(false);
    }
}
