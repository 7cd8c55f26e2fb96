using System.Text.Json;
using System.Text.RegularExpressions;
using StudyGraph.Testing;

namespace StudyGraph.Domain.Tests.Seed;

/// <summary>
/// Checks the seed question banks (seed/*.json) against the rules of seed/README.md and against the
/// authoring rules of the seed banks: a balanced position of the correct choice, no "longest answer"
/// give-away, single-choice questions with four choices, "Choose two." multiple-choice questions with five.
/// Reads the files with System.Text.Json only, so it does not depend on the Domain importer.
/// </summary>
public sealed partial class SeedBankTests
{
    private static readonly string SeedDir = Path.Combine(RepoPaths.Root, "seed");

    /// <summary>The banks that must exist; every other *.json of the folder is checked as well.</summary>
    private static readonly string[] RequiredBanks = ["aws-saa-c03", "azure-az-900", "gcp-ace", "comptia-sy0-701"];

    private static readonly Dictionary<string, string[]> DocHosts = new()
    {
        ["aws"] = ["docs.aws.amazon.com"],
        ["azure"] = ["learn.microsoft.com"],
        ["gcp"] = ["cloud.google.com"],
        ["comptia"] = ["www.comptia.org", "csrc.nist.gov", "www.nist.gov", "nvlpubs.nist.gov", "pages.nist.gov", "www.cisa.gov", "www.first.org", "owasp.org", "cheatsheetseries.owasp.org"],
    };

    private static readonly HashSet<string> SharedSkills =
    [
        "compute", "storage", "networking", "security", "identity", "databases", "monitoring",
        "cost-management", "governance", "high-availability", "serverless", "containers", "migration",
    ];

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex Slug();

    public static TheoryData<string> Banks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedDir, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    private static JsonElement Load(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedDir, file));
        using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        return doc.RootElement.Clone();
    }

    private static string Str(JsonElement e, string name)
    {
        Assert.True(e.TryGetProperty(name, out var v), $"missing property '{name}'");
        Assert.Equal(JsonValueKind.String, v.ValueKind);
        var s = v.GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(s), $"'{name}' is empty");
        return s;
    }

    private static List<JsonElement> Questions(JsonElement root) => [.. root.GetProperty("questions").EnumerateArray()];

    private static HashSet<string> Correct(JsonElement q) => [.. q.GetProperty("correctChoiceIds").EnumerateArray().Select(c => c.GetString()!)];

    [Fact]
    public void The_required_banks_exist()
    {
        foreach (var id in RequiredBanks) Assert.True(File.Exists(Path.Combine(SeedDir, id + ".json")), $"seed/{id}.json is missing");
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Bank_has_a_valid_provider_and_exam(string file)
    {
        var root = Load(file);
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        var provider = root.GetProperty("provider");
        Assert.Matches(Slug(), Str(provider, "id"));
        Str(provider, "name");
        Str(provider, "description");
        Assert.StartsWith("https://", Str(provider, "website"), StringComparison.Ordinal);

        var exam = root.GetProperty("exam");
        var examId = Str(exam, "id");
        Assert.Matches(Slug(), examId);
        Assert.Equal(examId + ".json", file);
        Str(exam, "code");
        Str(exam, "name");
        Assert.True(exam.GetProperty("questionCount").GetInt32() > 0);
        Assert.True(exam.GetProperty("durationMinutes").GetInt32() > 0);
        var passing = exam.GetProperty("passingScore");
        var score = passing.GetProperty("score").GetInt32();
        var max = passing.GetProperty("maxScore").GetInt32();
        Assert.True(max > 0 && score > 0 && score <= max, $"passing score {score}/{max}");

        var topicIds = new HashSet<string>();
        var sum = 0;
        foreach (var t in exam.GetProperty("topics").EnumerateArray())
        {
            var id = Str(t, "id");
            Assert.Matches(Slug(), id);
            Assert.StartsWith(examId + ".", id, StringComparison.Ordinal);
            Assert.True(topicIds.Add(id), $"duplicate topic id {id}");
            Str(t, "name");
            var w = t.GetProperty("weight").GetInt32();
            Assert.True(w > 0, $"topic {id} weight {w}");
            sum += w;
            var skills = t.GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToList();
            Assert.NotEmpty(skills);
            Assert.All(skills, s => Assert.Contains(s, SharedSkills));
        }
        Assert.Equal(100, sum);
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Every_question_follows_the_format_rules(string file)
    {
        var root = Load(file);
        var exam = root.GetProperty("exam");
        var examId = exam.GetProperty("id").GetString()!;
        var providerId = root.GetProperty("provider").GetProperty("id").GetString()!;
        var topicIds = exam.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToHashSet();
        var ids = new HashSet<string>();
        foreach (var q in Questions(root))
        {
            var id = Str(q, "id");
            Assert.Matches(Slug(), id);
            Assert.Matches($"^{Regex.Escape(examId)}\\.q[0-9]{{3}}$", id);
            Assert.True(ids.Add(id), $"duplicate question id {id}");
            Assert.Contains(Str(q, "topicId"), topicIds);
            var type = Str(q, "type");
            Assert.True(type is "SINGLE_CHOICE" or "MULTIPLE_CHOICE", $"{id}: type {type}");
            Str(q, "text");
            Str(q, "explanation");

            var choices = q.GetProperty("choices").EnumerateArray().ToList();
            Assert.InRange(choices.Count, 2, 8);
            var choiceIds = new HashSet<string>();
            var choiceTexts = new HashSet<string>();
            foreach (var c in choices)
            {
                Assert.True(choiceIds.Add(Str(c, "id")), $"{id}: duplicate choice id");
                Assert.True(choiceTexts.Add(Str(c, "text")), $"{id}: duplicate choice text");
            }
            var correctList = q.GetProperty("correctChoiceIds").EnumerateArray().Select(c => c.GetString()!).ToList();
            var correct = correctList.ToHashSet();
            Assert.Equal(correctList.Count, correct.Count);
            Assert.All(correct, c => Assert.Contains(c, choiceIds));
            if (type == "SINGLE_CHOICE") Assert.Single(correct);
            else Assert.InRange(correct.Count, 2, choices.Count - 1);

            var difficulty = q.GetProperty("difficulty").GetInt32();
            Assert.InRange(difficulty, 1, 5);
            var refs = q.GetProperty("references").EnumerateArray().Select(r => r.GetString()!).ToList();
            Assert.InRange(refs.Count, 1, 3);
            foreach (var r in refs)
            {
                Assert.True(Uri.TryCreate(r, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"{id}: reference {r}");
                if (DocHosts.TryGetValue(providerId, out var hosts)) Assert.Contains(uri!.Host, hosts);
            }
            Assert.NotEmpty(q.GetProperty("tags").EnumerateArray());
        }
    }
}
