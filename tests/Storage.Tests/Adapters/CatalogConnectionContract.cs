using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.Catalog.Synthetic;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>Connection queries over exams and questions (where/order/first/after/last/before and total counts) on any store.</summary>
public abstract class CatalogConnectionContract : AdapterContract
{
    private async Task<IReadOnlyList<QuestionBank>> SeedAsync()
    {
        var banks = SyntheticBankGenerator.Generate(new SyntheticBankSpec { Seed = 3, Providers = 2, ExamsPerProvider = 3, TopicsPerExam = 3, QuestionsPerExam = 40 });
        foreach (var b in banks)
        {
            await Repos.Providers.UpsertAsync(b.Provider);
            await Repos.Exams.UpsertAsync(b.Exam);
            await Repos.Questions.UpsertManyAsync(b.Questions);
        }
        return banks;
    }

    /// <summary>Pages forward with first/after and backward with last/before, checking page flags, and returns both id lists.</summary>
    private static async Task<(List<string> Forward, List<string> Backward)> WalkAsync<T>(
        Func<DocumentQuery, Task<TypedPage<T>>> find, DocumentQuery query, Func<T, string> id)
    {
        var forward = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await find(query with { After = after });
            Assert.Equal(after is not null, page.HasPreviousPage);
            forward.AddRange(page.Items.Select(id));
            if (!page.HasNextPage) break;
            Assert.Equal(query.Limit, page.Items.Count);
            after = page.EndCursor;
        }
        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await find(query with { Before = before, FromEnd = true });
            Assert.Equal(before is not null, page.HasNextPage);
            backward.InsertRange(0, page.Items.Select(id));
            if (!page.HasPreviousPage) break;
            before = page.StartCursor;
        }
        return (forward, backward);
    }

    [Fact]
    public async Task Exams_page_both_ways_by_name_within_a_provider_with_a_total_count()
    {
        var banks = await SeedAsync();
        var provider = banks[0].Provider.Id;
        var where = DocumentFilter.Eq("providerId", provider);
        var expected = banks.Select(b => b.Exam).Where(e => e.ProviderId == provider)
            .OrderByDescending(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
        Assert.True(expected.Count >= 3);

        var (forward, backward) = await WalkAsync(q => Repos.Exams.FindAsync(q).AsTask(),
            new DocumentQuery { Where = where, Order = [SortKey.Desc("name")], Limit = 2 }, e => e.Id);
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.Equal(expected.Count, await Repos.Exams.CountAsync(where));
        Assert.Equal(banks.Count, await Repos.Exams.CountAsync(null));
    }

    [Fact]
    public async Task Questions_page_both_ways_by_difficulty_within_an_exam_and_type()
    {
        var banks = await SeedAsync();
        var exam = banks[1].Exam.Id;
        var type = DocumentJson.Name(QuestionType.SingleChoice);
        var where = DocumentFilter.And(DocumentFilter.Eq("examId", exam), DocumentFilter.Eq("type", type),
            DocumentFilter.Field("difficulty", FilterOperator.Gte, 2));
        var expected = banks[1].Questions.Where(q => q.Type == QuestionType.SingleChoice && q.Difficulty >= 2)
            .OrderByDescending(q => q.Difficulty).ThenBy(q => q.TopicId, StringComparer.Ordinal).ThenBy(q => q.Id, StringComparer.Ordinal)
            .Select(q => q.Id).ToList();
        Assert.True(expected.Count > 10);

        var (forward, backward) = await WalkAsync(q => Repos.Questions.FindAsync(q).AsTask(),
            new DocumentQuery { Where = where, Order = [SortKey.Desc("difficulty"), SortKey.Asc("topicId")], Limit = 7 }, q => q.Id);
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.Equal(expected.Count, await Repos.Questions.CountAsync(where));

        var page = await Repos.Questions.FindAsync(new DocumentQuery { Where = where, Limit = 1 });
        var q = Assert.Single(page.Items);
        Assert.Equal(DocumentJson.Serialize(await Repos.Questions.GetAsync(q.Id)), DocumentJson.Serialize(q));
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        await SeedAsync();
        var page = await Repos.Questions.FindAsync(new DocumentQuery { Order = [SortKey.Asc("difficulty")], Limit = 2 });
        await Assert.ThrowsAsync<InvalidCursorException>(async () =>
            await Repos.Questions.FindAsync(new DocumentQuery { Order = [SortKey.Asc("difficulty"), SortKey.Asc("topicId")], After = page.EndCursor }));
    }
}
