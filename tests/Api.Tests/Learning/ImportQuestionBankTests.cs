using System.Text.Json;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Learning.LearningScenario;

namespace StudyGraph.Api.Tests.Learning;

public sealed class ImportQuestionBankTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Mutation = """
        mutation($bank: JSON!) {
          importQuestionBank(input: { bank: $bank }) {
            created changed unchanged
            exam { slug code bankSize topics { name } }
            errors { __typename message code ... on ImportError { problems { path message } } }
          }
        }
        """;

    private ApiHost Host => api.Host;

    /// <summary>A valid bank: one provider, one exam with two topics, three questions (7 items).</summary>
    private static object Bank(string slug, string firstQuestionText = "Which store keeps documents?") => new
    {
        formatVersion = 1,
        provider = new { id = slug, name = "Learning Test Provider", description = "For import tests.", website = "https://example.com/" },
        exam = new
        {
            id = slug + "-x1",
            code = "LTP-X1",
            name = "Learning Test Exam",
            questionCount = 10,
            durationMinutes = 20,
            passingScore = new { score = 700, maxScore = 1000 },
            topics = new[]
            {
                new { id = slug + "-x1.data", name = "Data", weight = 60, skills = new[] { "databases" } },
                new { id = slug + "-x1.ops", name = "Operations", weight = 40, skills = new[] { "monitoring" } },
            },
        },
        questions = new[]
        {
            Question(slug + "-x1.q1", slug + "-x1.data", firstQuestionText),
            Question(slug + "-x1.q2", slug + "-x1.data", "Which index speeds up lookups by key?"),
            Question(slug + "-x1.q3", slug + "-x1.ops", "Which signal shows a failing health check?"),
        },
    };

    private static object Question(string id, string topicId, string text) => new
    {
        id,
        topicId,
        type = "SINGLE_CHOICE",
        text,
        choices = new[] { new { id = "a", text = "The first answer" }, new { id = "b", text = "The second answer" } },
        correctChoiceIds = new[] { "b" },
        explanation = "The second answer is right.",
        references = new[] { "https://example.com/docs" },
        difficulty = 2,
        tags = new[] { "test" },
    };

    [Fact]
    public async Task A_good_bank_is_imported_and_importing_it_again_changes_nothing()
    {
        var bank = Bank("learnimp-a");
        var first = Data(await Host.ExecuteAsync(Mutation, new { bank }, Author()), "importQuestionBank");
        Assert.Equal(0, first.GetProperty("errors").GetArrayLength());
        Assert.Equal(7, first.GetProperty("created").GetInt32());
        Assert.Equal(0, first.GetProperty("changed").GetInt32());
        Assert.Equal(0, first.GetProperty("unchanged").GetInt32());
        var exam = first.GetProperty("exam");
        Assert.Equal("learnimp-a-x1", exam.GetProperty("slug").GetString());
        Assert.Equal(3, exam.GetProperty("bankSize").GetInt32());
        Assert.Equal(["Data", "Operations"], exam.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("name").GetString()!));

        var again = Data(await Host.ExecuteAsync(Mutation, new { bank }, Author()), "importQuestionBank");
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("changed").GetInt32());
        Assert.Equal(7, again.GetProperty("unchanged").GetInt32());

        var edited = Data(await Host.ExecuteAsync(Mutation, new { bank = Bank("learnimp-a", "Which store keeps JSON documents?") }, new Api.Context.Viewer("admin-1", [Domain.Accounts.Role.Admin])), "importQuestionBank");
        Assert.Equal(0, edited.GetProperty("created").GetInt32());
        Assert.Equal(1, edited.GetProperty("changed").GetInt32());
        Assert.Equal(6, edited.GetProperty("unchanged").GetInt32());
        var text = Data(await Host.ExecuteAsync("{ question(id: \"learnimp-a-x1.q1\") { text } }"), "question");
        Assert.Equal("Which store keeps JSON documents?", text.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_bank_written_inline_as_a_literal_is_imported_too()
    {
        var json = JsonSerializer.Serialize(Bank("learnimp-lit"));
        var literal = ToGraphQLLiteral(JsonDocument.Parse(json).RootElement);
        var r = Data(await Host.ExecuteAsync($"mutation {{ importQuestionBank(input: {{ bank: {literal} }}) {{ created errors {{ message }} exam {{ slug }} }} }}", null, Author()), "importQuestionBank");
        Assert.Equal(0, r.GetProperty("errors").GetArrayLength());
        Assert.Equal(7, r.GetProperty("created").GetInt32());
        Assert.Equal("learnimp-lit-x1", r.GetProperty("exam").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task A_broken_bank_is_refused_with_every_problem_and_nothing_is_written()
    {
        var json = JsonSerializer.SerializeToNode(Bank("learnimp-bad"))!;
        json["exam"]!["topics"]![1]!["weight"] = 30;                          // weights sum to 90
        json["questions"]![1]!["topicId"] = "learnimp-bad-x1.nowhere";          // unknown topic
        json["questions"]![2]!["correctChoiceIds"] = new System.Text.Json.Nodes.JsonArray("a", "b"); // single choice, two answers
        var r = Data(await Host.ExecuteAsync(Mutation, new { bank = json }, Author()), "importQuestionBank");
        Assert.Equal(JsonValueKind.Null, r.GetProperty("exam").ValueKind);
        Assert.Equal(0, r.GetProperty("created").GetInt32());
        var error = Assert.Single(r.GetProperty("errors").EnumerateArray());
        Assert.Equal("ImportError", error.GetProperty("__typename").GetString());
        Assert.Equal("IMPORT_REFUSED", error.GetProperty("code").GetString());
        var paths = error.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).ToList();
        Assert.Contains(paths, p => p.StartsWith("$.exam.topics", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("$.questions[1].topicId", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("$.questions[2].correctChoiceIds", StringComparison.Ordinal));
        Assert.All(error.GetProperty("problems").EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("message").GetString())));

        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync("{ exam(id: \"learnimp-bad-x1\") { slug } }"), "exam").ValueKind);
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync("{ provider(id: \"learnimp-bad\") { slug } }"), "provider").ValueKind);
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync("{ question(id: \"learnimp-bad-x1.q1\") { id } }"), "question").ValueKind);
    }

    [Fact]
    public async Task A_bank_that_is_not_an_object_is_refused()
    {
        var r = Data(await Host.ExecuteAsync(Mutation, new { bank = new[] { 1, 2 } }, Author()), "importQuestionBank");
        var error = Assert.Single(r.GetProperty("errors").EnumerateArray());
        Assert.Equal("ImportError", error.GetProperty("__typename").GetString());
        Assert.NotEqual(0, error.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Learners_are_forbidden_and_nothing_is_written()
    {
        var r = await Host.ExecuteAsync(Mutation, new { bank = Bank("learnimp-learner") }, Learner());
        Assert.Equal("FORBIDDEN", ErrorCode(r));
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync("{ exam(id: \"learnimp-learner-x1\") { slug } }"), "exam").ValueKind);
        Assert.Equal("UNAUTHENTICATED", ErrorCode(await Host.ExecuteAsync(Mutation, new { bank = Bank("learnimp-anon") })));
    }

    private static string ToGraphQLLiteral(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(", ", e.EnumerateObject().Select(p => p.Name + ": " + ToGraphQLLiteral(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(", ", e.EnumerateArray().Select(ToGraphQLLiteral)) + "]",
        _ => e.GetRawText(),
    };
}
