using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.InMemory;

namespace StudyGraph.Domain.Tests.Catalog.Import;

public class BankImporterTests
{
    private readonly InMemoryProviderRepository _providers = new();
    private readonly InMemoryExamRepository _exams = new();
    private readonly InMemoryQuestionRepository _questions = new();

    private BankImporter Importer() => new(_providers, _exams, _questions);

    [Fact]
    public async Task Repeated_import_writes_nothing()
    {
        var file = new BankFile("acme-x1.json", BankJson.Valid().ToJsonString());
        var first = await Importer().ImportAsync([file]);
        Assert.True(first.AllAccepted);
        Assert.Equal(3, first.QuestionsWritten);
        var writes = (_providers.Writes, _exams.Writes, _questions.Writes);

        var second = await Importer().ImportAsync([file]);
        Assert.True(second.AllAccepted);
        Assert.False(second.WroteAnything);
        Assert.Equal(writes, (_providers.Writes, _exams.Writes, _questions.Writes));
        Assert.Equal(3, _questions.Count);
    }

    [Fact]
    public async Task Broken_file_is_refused_whole_and_others_still_import()
    {
        var broken = BankJson.Valid();
        broken["exam"]!["id"] = "acme-x2";
        foreach (var q in broken["questions"]!.AsArray()) q!["id"] = q["id"]!.GetValue<string>().Replace("x1", "x2");
        BankJson.Q(broken, 2)["difficulty"] = 0;
        var report = await Importer().ImportAsync([
            new BankFile("acme-x1.json", BankJson.Valid().ToJsonString()),
            new BankFile("acme-x2.json", broken.ToJsonString()),
        ]);
        Assert.True(report.Files[0].Applied);
        Assert.False(report.Files[1].Accepted);
        Assert.Equal("$.questions[2].difficulty", Assert.Single(report.Files[1].Problems).Path);
        Assert.Null(await _exams.GetAsync("acme-x2"));
        Assert.Equal(3, _questions.Count);
    }

    [Fact]
    public async Task Question_id_used_by_two_files_is_reported_on_the_second()
    {
        var other = BankJson.Valid();
        other["exam"]!["id"] = "acme-x2";
        var report = await Importer().ImportAsync([
            new BankFile("a.json", BankJson.Valid().ToJsonString()),
            new BankFile("b.json", other.ToJsonString()),
        ]);
        Assert.True(report.Files[0].Accepted);
        Assert.Equal(3, report.Files[1].Problems.Count(p => p.Rule == BankRules.DuplicateId));
        Assert.Null(await _exams.GetAsync("acme-x2"));
    }

    [Fact]
    public async Task Dry_run_plans_without_writing()
    {
        var report = await Importer().ImportAsync([new BankFile("acme-x1.json", BankJson.Valid().ToJsonString())], dryRun: true);
        Assert.True(report.Files[0].Plan!.HasWrites);
        Assert.False(report.WroteAnything);
        Assert.Equal(0, _questions.Count);
    }
}
