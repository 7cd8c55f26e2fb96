using System.Text.Json.Nodes;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Catalog.Import;

namespace StudyGraph.Domain.Tests.Catalog.Import;

public class BankValidatorTests
{
    [Fact]
    public void Valid_bank_parses_with_no_problem()
    {
        var r = BankValidator.Validate(BankJson.Valid().ToJsonString());
        Assert.Empty(r.Problems);
        Assert.True(r.IsValid);
        var bank = r.Bank!;
        Assert.Equal("acme", bank.Provider.Id);
        Assert.Equal("acme-x1", bank.Exam.Id);
        Assert.Equal("acme", bank.Exam.ProviderId);
        Assert.Equal(0.7, bank.Exam.PassingScore.Fraction, 10);
        Assert.Equal(["networking"], bank.Exam.Topics[0].Skills);
        Assert.Empty(bank.Exam.Topics[1].Skills);
        Assert.Equal(3, bank.Questions.Count);
        Assert.Equal(QuestionType.MultipleChoice, bank.Questions[1].Type);
        Assert.Equal(["a", "d"], bank.Questions[1].CorrectChoiceIds);
        Assert.All(bank.Questions, q => Assert.Equal("acme-x1", q.ExamId));
    }

    /// <summary>One broken file per rule: what to break, the JSON path and rule expected.</summary>
    public static TheoryData<string, Action<JsonObject>, string, string> Broken => new()
    {
        { "format version", b => b["formatVersion"] = 2, "$.formatVersion", BankRules.FormatVersion },
        { "missing provider", b => b.Remove("provider"), "$.provider", BankRules.Required },
        { "provider id not slug", b => b["provider"]!["id"] = "Acme Cloud", "$.provider.id", BankRules.Slug },
        { "empty provider name", b => b["provider"]!["name"] = " ", "$.provider.name", BankRules.EmptyText },
        { "website not https", b => b["provider"]!["website"] = "http://acme.example", "$.provider.website", BankRules.ReferenceUrl },
        { "exam id not slug", b => b["exam"]!["id"] = "-x1", "$.exam.id", BankRules.Slug },
        { "empty exam name", b => b["exam"]!["name"] = "", "$.exam.name", BankRules.EmptyText },
        { "question count not positive", b => b["exam"]!["questionCount"] = 0, "$.exam.questionCount", BankRules.Positive },
        { "duration not positive", b => b["exam"]!["durationMinutes"] = -5, "$.exam.durationMinutes", BankRules.Positive },
        { "duration not integer", b => b["exam"]!["durationMinutes"] = "90", "$.exam.durationMinutes", BankRules.Type },
        { "passing score above max", b => b["exam"]!["passingScore"]!["score"] = 1001, "$.exam.passingScore.score", BankRules.PassingScore },
        { "passing score negative", b => b["exam"]!["passingScore"]!["score"] = -1, "$.exam.passingScore.score", BankRules.PassingScore },
        { "weights not summing to 100", b => b["exam"]!["topics"]![1]!["weight"] = 50, "$.exam.topics", BankRules.WeightSum },
        { "weight not positive", b => b["exam"]!["topics"]![0]!["weight"] = 0, "$.exam.topics[0].weight", BankRules.WeightPositive },
        { "duplicate topic id", b => b["exam"]!["topics"]![1]!["id"] = "acme-x1.net", "$.exam.topics[1].id", BankRules.DuplicateId },
        { "empty topic name", b => b["exam"]!["topics"]![1]!["name"] = "", "$.exam.topics[1].name", BankRules.EmptyText },
        { "no topics", b => b["exam"]!["topics"] = new JsonArray(), "$.exam.topics", BankRules.Required },
        { "questions not array", b => b["questions"] = new JsonObject(), "$.questions", BankRules.Type },
        { "duplicate question id", b => BankJson.Q(b, 2)["id"] = "acme-x1.q1", "$.questions[2].id", BankRules.DuplicateId },
        { "question id not slug", b => BankJson.Q(b, 0)["id"] = "Q1", "$.questions[0].id", BankRules.Slug },
        { "unknown topic", b => BankJson.Q(b, 1)["topicId"] = "acme-x1.nope", "$.questions[1].topicId", BankRules.UnknownTopic },
        { "unknown type", b => BankJson.Q(b, 0)["type"] = "TRUE_FALSE", "$.questions[0].type", BankRules.QuestionType },
        { "empty text", b => BankJson.Q(b, 0)["text"] = "", "$.questions[0].text", BankRules.EmptyText },
        { "missing text", b => BankJson.Q(b, 0).Remove("text"), "$.questions[0].text", BankRules.Required },
        { "one choice", b => BankJson.Q(b, 2)["choices"]!.AsArray().RemoveAt(1), "$.questions[2].choices", BankRules.ChoiceCount },
        { "nine choices", b => { var c = BankJson.Q(b, 0)["choices"]!.AsArray(); for (var i = 0; i < 6; i++) c.Add(new JsonObject { ["id"] = "x" + i, ["text"] = "X" }); }, "$.questions[0].choices", BankRules.ChoiceCount },
        { "duplicate choice id", b => BankJson.Q(b, 0)["choices"]![2]!["id"] = "a", "$.questions[0].choices[2].id", BankRules.DuplicateId },
        { "empty choice id", b => BankJson.Q(b, 0)["choices"]![2]!["id"] = "", "$.questions[0].choices[2].id", BankRules.EmptyText },
        { "empty choice text", b => BankJson.Q(b, 0)["choices"]![1]!["text"] = "", "$.questions[0].choices[1].text", BankRules.EmptyText },
        { "correct id not a choice", b => BankJson.Q(b, 1)["correctChoiceIds"]![1] = "z", "$.questions[1].correctChoiceIds[1]", BankRules.UnknownChoice },
        { "duplicate correct id", b => BankJson.Q(b, 1)["correctChoiceIds"]![1] = "a", "$.questions[1].correctChoiceIds[1]", BankRules.DuplicateId },
        { "single choice with two correct", b => BankJson.Q(b, 0)["correctChoiceIds"] = new JsonArray("a", "b"), "$.questions[0].correctChoiceIds", BankRules.CorrectCount },
        { "single choice with none correct", b => BankJson.Q(b, 0)["correctChoiceIds"] = new JsonArray(), "$.questions[0].correctChoiceIds", BankRules.CorrectCount },
        { "multiple choice with one correct", b => BankJson.Q(b, 1)["correctChoiceIds"] = new JsonArray("a"), "$.questions[1].correctChoiceIds", BankRules.CorrectCount },
        { "multiple choice all correct", b => BankJson.Q(b, 1)["correctChoiceIds"] = new JsonArray("a", "b", "c", "d"), "$.questions[1].correctChoiceIds", BankRules.CorrectCount },
        { "empty explanation", b => BankJson.Q(b, 0)["explanation"] = "", "$.questions[0].explanation", BankRules.EmptyText },
        { "difficulty too high", b => BankJson.Q(b, 0)["difficulty"] = 6, "$.questions[0].difficulty", BankRules.Difficulty },
        { "difficulty fractional", b => BankJson.Q(b, 0)["difficulty"] = 2.5, "$.questions[0].difficulty", BankRules.Difficulty },
        { "reference not https", b => BankJson.Q(b, 0)["references"] = new JsonArray("https://ok.example", "ftp://x"), "$.questions[0].references[1]", BankRules.ReferenceUrl },
        { "reference relative", b => BankJson.Q(b, 0)["references"] = new JsonArray("/docs/x"), "$.questions[0].references[0]", BankRules.ReferenceUrl },
        { "tag not a string", b => BankJson.Q(b, 0)["tags"] = new JsonArray(3), "$.questions[0].tags[0]", BankRules.Type },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_file_reports_the_rule_at_its_path_and_is_refused(string what, Action<JsonObject> breakIt, string path, string rule)
    {
        var bank = BankJson.Valid();
        breakIt(bank);
        var r = BankValidator.Validate(bank.ToJsonString());
        Assert.False(r.IsValid, what);
        Assert.Null(r.Bank);
        Assert.Contains(r.Problems, p => p.Path == path && p.Rule == rule);
    }

    [Fact]
    public void Not_json_is_one_syntax_problem_at_the_root()
    {
        var r = BankValidator.Validate("{ \"formatVersion\": 1, ");
        var p = Assert.Single(r.Problems);
        Assert.Equal(("$", BankRules.JsonSyntax), (p.Path, p.Rule));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var bank = BankJson.Valid();
        bank["provider"]!["name"] = "";
        BankJson.Q(bank, 0)["difficulty"] = 9;
        BankJson.Q(bank, 1)["correctChoiceIds"]![0] = "zz";
        BankJson.Q(bank, 2)["topicId"] = "nope";
        var r = BankValidator.Validate(bank.ToJsonString());
        Assert.Equal(
            ["$.provider.name", "$.questions[0].difficulty", "$.questions[1].correctChoiceIds[0]", "$.questions[2].topicId"],
            r.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void Problems_are_bounded()
    {
        var bank = BankJson.Valid();
        var qs = bank["questions"]!.AsArray();
        for (var i = 0; i < 600; i++) qs.Add(new JsonObject { ["id"] = "acme-x1.q1" });
        var r = BankValidator.Validate(bank.ToJsonString());
        Assert.Equal(BankValidator.MaxProblems + 1, r.Problems.Count);
        Assert.Equal(BankRules.TooManyProblems, r.Problems[^1].Rule);
    }
}
