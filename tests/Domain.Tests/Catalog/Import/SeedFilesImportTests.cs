using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.InMemory;
using StudyGraph.Testing;

namespace StudyGraph.Domain.Tests.Catalog.Import;

/// <summary>The committed seed banks pass the importer's validation and import idempotently.</summary>
public class SeedFilesImportTests
{
    private static List<BankFile> SeedFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "seed"), "*.json").Order(StringComparer.Ordinal)
            .Select(p => new BankFile(Path.GetFileName(p), File.ReadAllText(p))).ToList();

    [Fact]
    public async Task Seed_banks_are_valid_and_a_second_import_writes_nothing()
    {
        var files = SeedFiles();
        Assert.NotEmpty(files);
        var providers = new InMemoryProviderRepository();
        var exams = new InMemoryExamRepository();
        var questions = new InMemoryQuestionRepository();
        var importer = new BankImporter(providers, exams, questions);

        var first = await importer.ImportAsync(files);
        Assert.True(first.AllAccepted, string.Join("\n", first.Files.SelectMany(f => f.Problems.Select(p => f.Name + " " + p))));
        foreach (var f in first.Files) Assert.Equal(f.Name, f.Plan!.Exam.Id + ".json");
        Assert.Equal(first.Files.Sum(f => f.Plan!.Questions.Count), questions.Count);

        var writes = (providers.Writes, exams.Writes, questions.Writes);
        var second = await importer.ImportAsync(files);
        Assert.True(second.AllAccepted);
        Assert.False(second.WroteAnything);
        Assert.Equal(writes, (providers.Writes, exams.Writes, questions.Writes));
    }
}
