using System.Text.Json;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Catalog;

public sealed class CatalogQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    private ApiHost Host => api.Host;

    [Fact]
    public async Task Providers_come_from_the_seed_banks_ordered_by_name()
    {
        var r = await Host.ExecuteAsync("{ providers { slug name exams(first: 5) { totalCount nodes { slug } } } }");
        var providers = r.GetProperty("data").GetProperty("providers").EnumerateArray().ToList();
        Assert.Equal(["Amazon Web Services", "CompTIA", "Google Cloud", "Microsoft Azure"],
            providers.Select(p => p.GetProperty("name").GetString()!).ToArray().Order(StringComparer.OrdinalIgnoreCase).ToArray());
        var names = providers.Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var aws = providers.Single(p => p.GetProperty("slug").GetString() == "aws");
        Assert.Equal(1, aws.GetProperty("exams").GetProperty("totalCount").GetInt32());
        Assert.Equal("aws-saa-c03", aws.GetProperty("exams").GetProperty("nodes")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Exam_by_slug_or_global_id_shows_blueprint_and_bank_size()
    {
        var bySlug = await Host.ExecuteAsync("{ exam(id: \"aws-saa-c03\") { id code bankSize passingScore { score maxScore fraction } topics { id name weight exam { slug } } provider { slug } } }");
        var exam = bySlug.GetProperty("data").GetProperty("exam");
        Assert.Equal("SAA-C03", exam.GetProperty("code").GetString());
        Assert.Equal(76, exam.GetProperty("bankSize").GetInt32());
        Assert.Equal(0.72, exam.GetProperty("passingScore").GetProperty("fraction").GetDouble(), 6);
        Assert.Equal(100, exam.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("weight").GetDouble()));
        Assert.Equal("aws", exam.GetProperty("provider").GetProperty("slug").GetString());
        var globalId = exam.GetProperty("id").GetString()!;
        Assert.Equal(GlobalId.Encode("Exam", "aws-saa-c03"), globalId);
        var byId = await Host.ExecuteAsync("query($id: ID!) { exam(id: $id) { slug } }", new { id = globalId });
        Assert.Equal("aws-saa-c03", byId.GetProperty("data").GetProperty("exam").GetProperty("slug").GetString());
        // A global id of another type is not an exam.
        var wrongType = await Host.ExecuteAsync("query($id: ID!) { exam(id: $id) { slug } }", new { id = GlobalId.Encode("Question", "aws-saa-c03") });
        Assert.Equal(JsonValueKind.Null, wrongType.GetProperty("data").GetProperty("exam").ValueKind);
    }

    [Fact]
    public async Task Question_connection_pages_forward_and_backward_with_filters_and_order()
    {
        const string q = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              questions(first: $first, after: $after, last: $last, before: $before,
                        where: { examId: { eq: "gcp-ace" }, difficulty: { gte: 2 } }, order: [{ difficulty: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id difficulty exam { slug } } }
              }
            }
            """;
        var all = new List<(string Id, int Difficulty)>();
        string? after = null;
        int total = -1;
        for (var guard = 0; guard < 20; guard++)
        {
            var r = (await Host.ExecuteAsync(q, new { first = 7, after })).GetProperty("data").GetProperty("questions");
            total = r.GetProperty("totalCount").GetInt32();
            foreach (var e in r.GetProperty("edges").EnumerateArray())
            {
                var node = e.GetProperty("node");
                Assert.Equal("gcp-ace", node.GetProperty("exam").GetProperty("slug").GetString());
                all.Add((node.GetProperty("id").GetString()!, node.GetProperty("difficulty").GetInt32()));
            }
            var info = r.GetProperty("pageInfo");
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
        }
        Assert.Equal(total, all.Count);
        Assert.True(total > 10);
        Assert.All(all, x => Assert.True(x.Difficulty >= 2));
        Assert.Equal(all.Select(x => x.Difficulty).OrderDescending(), all.Select(x => x.Difficulty));
        Assert.Equal(all.Count, all.Select(x => x.Id).Distinct().Count());

        // Backwards from the end gives the same sequence.
        var back = new List<string>();
        string? before = null;
        for (var guard = 0; guard < 20; guard++)
        {
            var r = (await Host.ExecuteAsync(q, new { last = 9, before })).GetProperty("data").GetProperty("questions");
            back.InsertRange(0, r.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = r.GetProperty("pageInfo");
            if (!info.GetProperty("hasPreviousPage").GetBoolean()) break;
            before = info.GetProperty("startCursor").GetString();
        }
        Assert.Equal(all.Select(x => x.Id), back);
    }

    [Theory]
    [InlineData("{ questions(first: 51) { totalCount } }", "at most 50")]
    [InlineData("{ questions(first: -1) { totalCount } }", "negative")]
    [InlineData("{ questions(first: 2, last: 2) { totalCount } }", "not both")]
    [InlineData("{ questions(after: \"garbage\") { totalCount } }", "cursor")]
    public async Task Bad_paging_arguments_are_refused_with_a_clear_validation_error(string query, string fragment)
    {
        var r = await Host.ExecuteAsync(query);
        var error = r.GetProperty("errors")[0];
        Assert.Contains(fragment, error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Default_page_is_ten_and_tags_filter_by_element()
    {
        var r = await Host.ExecuteAsync("{ questions { nodes { id } pageInfo { hasNextPage } } }");
        Assert.Equal(10, r.GetProperty("data").GetProperty("questions").GetProperty("nodes").GetArrayLength());
        var tagged = await Host.ExecuteAsync("{ q: question(id: \"aws-saa-c03.q001\") { tags } }");
        var tag = tagged.GetProperty("data").GetProperty("q").GetProperty("tags")[0].GetString()!;
        var byTag = await Host.ExecuteAsync("query($t: String) { questions(first: 50, where: { tags: { contains: $t } }) { totalCount nodes { tags } } }", new { t = tag });
        var nodes = byTag.GetProperty("data").GetProperty("questions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(tag, n.GetProperty("tags").EnumerateArray().Select(t => t.GetString())));
    }

    [Fact]
    public async Task Anonymous_callers_never_see_the_answer_key()
    {
        var r = await Host.ExecuteAsync("{ questions(first: 50) { nodes { correctChoiceIds explanation choices { id text } } } }");
        foreach (var n in r.GetProperty("data").GetProperty("questions").GetProperty("nodes").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, n.GetProperty("correctChoiceIds").ValueKind);
            Assert.Equal(JsonValueKind.Null, n.GetProperty("explanation").ValueKind);
            Assert.True(n.GetProperty("choices").GetArrayLength() >= 2);
        }
    }
}
