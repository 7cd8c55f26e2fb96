using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Sqlite;
using StudyGraph.Testing;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>The catalog repositories over the embedded store, fed by the real seed banks.</summary>
public sealed class CatalogAdapterTests : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("studygraph-catalog-").FullName;
    private SqliteDocumentStore _store = null!;
    private DocumentProviderRepository _providers = null!;
    private DocumentExamRepository _exams = null!;
    private DocumentQuestionRepository _questions = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_dir, "catalog.db") });
        _providers = new DocumentProviderRepository(await _store.OpenAsync(DocumentProviderRepository.Definition));
        _exams = new DocumentExamRepository(await _store.OpenAsync(DocumentExamRepository.Definition));
        _questions = new DocumentQuestionRepository(await _store.OpenAsync(DocumentQuestionRepository.Definition));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* best effort */ }
    }

    private static List<BankFile> SeedFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "seed"), "*.json").Order(StringComparer.Ordinal)
            .Select(p => new BankFile(Path.GetFileName(p), File.ReadAllText(p))).ToList();

    [Fact]
    public async Task Importing_the_seed_twice_writes_nothing_the_second_time_so_documents_round_trip_exactly()
    {
        var importer = new BankImporter(_providers, _exams, _questions);
        var first = await importer.ImportAsync(SeedFiles());
        Assert.True(first.AllAccepted, string.Join("; ", first.Files.SelectMany(f => f.Problems).Select(p => p.ToString())));
        Assert.True(first.QuestionsWritten > 200);

        var second = await importer.ImportAsync(SeedFiles());
        Assert.True(second.AllAccepted);
        Assert.False(second.WroteAnything);
    }

    [Fact]
    public async Task Lists_filter_page_and_count_like_the_ports_say()
    {
        await new BankImporter(_providers, _exams, _questions).ImportAsync(SeedFiles());

        var providers = await _providers.ListAsync();
        Assert.Equal(providers.Select(p => p.Id).Order(StringComparer.Ordinal), providers.Select(p => p.Id));
        Assert.Contains(providers, p => p.Id == "aws");

        var awsExams = await _exams.ListAsync(new ExamQuery(ProviderId: "aws"), new PageRequest(10));
        Assert.Equal(["aws-saa-c03"], awsExams.Items.Select(e => e.Id));
        var exam = await _exams.GetAsync("aws-saa-c03");
        Assert.NotNull(exam);
        Assert.Equal(100, exam.Blueprint.TotalWeight);

        var summaries = await _questions.ListSummariesAsync("aws-saa-c03");
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await _questions.ListAsync(new QuestionQuery(ExamId: "aws-saa-c03"), new PageRequest(7, after));
            Assert.Equal(summaries.Count, page.TotalCount);
            seen.AddRange(page.Items.Select(q => q.Id));
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        Assert.Equal(summaries.Select(s => s.Id), seen);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);

        var topic = summaries[0].TopicId;
        var byTopic = await _questions.ListAsync(new QuestionQuery(ExamId: "aws-saa-c03", TopicId: topic), new PageRequest(1000));
        Assert.Equal(summaries.Count(s => s.TopicId == topic), byTopic.TotalCount);
        Assert.All(byTopic.Items, q => Assert.Equal(topic, q.TopicId));

        var first = byTopic.Items[0];
        var tag = first.Tags[0];
        var byTag = await _questions.ListAsync(new QuestionQuery(Tag: tag), new PageRequest(1000));
        Assert.Contains(byTag.Items, q => q.Id == first.Id);
        Assert.All(byTag.Items, q => Assert.Contains(tag, q.Tags));

        var many = await _questions.GetManyAsync([seen[3], "missing", seen[1]]);
        Assert.Equal([seen[3], seen[1]], many.Select(q => q.Id));
    }
}
