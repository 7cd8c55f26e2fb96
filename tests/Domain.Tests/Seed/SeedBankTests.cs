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

    [Theory]
    [MemberData(nameof(Banks))]
    public void Bank_covers_its_blueprint_in_proportion(string file)
    {
        var root = Load(file);
        var qs = Questions(root);
        Assert.True(qs.Count >= 40, $"{file}: {qs.Count} questions");
        var perTopic = qs.GroupBy(q => q.GetProperty("topicId").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var t in root.GetProperty("exam").GetProperty("topics").EnumerateArray())
        {
            var id = t.GetProperty("id").GetString()!;
            var n = perTopic.GetValueOrDefault(id);
            var expected = t.GetProperty("weight").GetInt32() * qs.Count / 100.0;
            Assert.True(n >= 6, $"{id}: only {n} questions");
            Assert.True(Math.Abs(n - expected) <= Math.Max(3, expected * 0.35), $"{id}: {n} questions, expected about {expected:0.0}");
        }
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Bank_is_deep_enough_for_an_exam_simulation(string file)
    {
        // An exam simulation draws the official number of distinct questions, weighted by the blueprint:
        // every topic must hold at least its share of the official count, rounded up.
        var root = Load(file);
        var exam = root.GetProperty("exam");
        var official = exam.GetProperty("questionCount").GetInt32();
        var qs = Questions(root);
        Assert.True(qs.Count >= official, $"{file}: {qs.Count} questions, the exam has {official}");
        foreach (var t in exam.GetProperty("topics").EnumerateArray())
        {
            var id = t.GetProperty("id").GetString()!;
            var needed = (int)Math.Ceiling(t.GetProperty("weight").GetInt32() * official / 100.0);
            var have = qs.Count(q => q.GetProperty("topicId").GetString() == id);
            Assert.True(have >= needed, $"{id}: {have} questions, an exam simulation needs {needed}");
        }
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Question_shapes_follow_the_authoring_rules(string file)
    {
        var qs = Questions(Load(file));
        var multi = 0;
        foreach (var q in qs)
        {
            var id = q.GetProperty("id").GetString()!;
            var choices = q.GetProperty("choices").GetArrayLength();
            if (q.GetProperty("type").GetString() == "MULTIPLE_CHOICE")
            {
                multi++;
                Assert.True(choices == 5 && Correct(q).Count == 2, $"{id}: multiple choice must be 2 of 5");
                Assert.Contains("Choose two.", q.GetProperty("text").GetString()!, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(choices == 4, $"{id}: single choice must have 4 choices");
                Assert.DoesNotContain("Choose two", q.GetProperty("text").GetString()!, StringComparison.Ordinal);
            }
        }
        var share = (double)multi / qs.Count;
        Assert.InRange(share, 0.15, 0.30);
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Correct_choice_position_is_spread_evenly(string file)
    {
        var singles = Questions(Load(file)).Where(q => q.GetProperty("type").GetString() == "SINGLE_CHOICE").ToList();
        var counts = new int[4];
        foreach (var q in singles)
        {
            var ids = q.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
            var index = ids.IndexOf(Correct(q).Single());
            Assert.True(index >= 0, $"{q.GetProperty("id").GetString()}: the correct id is not among the choices");
            counts[index]++;
        }
        for (var p = 0; p < 4; p++)
        {
            var share = (double)counts[p] / singles.Count;
            Assert.True(share is >= 0.15 and <= 0.35, $"{file}: position {p + 1} holds the answer in {share:P0} of the single-choice questions");
        }
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Correct_choice_is_rarely_the_longest(string file)
    {
        var qs = Questions(Load(file));
        var giveaways = 0;
        var shortest = 0;
        foreach (var q in qs)
        {
            var correct = Correct(q);
            var choices = q.GetProperty("choices").EnumerateArray().Select(c => (Id: c.GetProperty("id").GetString()!, Length: c.GetProperty("text").GetString()!.Length)).ToList();
            var longest = choices.Max(c => c.Length);
            var atLongest = choices.Where(c => c.Length == longest).ToList();
            if (atLongest.Count == 1 && correct.Contains(atLongest[0].Id)) giveaways++;
            var least = choices.Min(c => c.Length);
            var atShortest = choices.Where(c => c.Length == least).ToList();
            if (atShortest.Count == 1 && correct.Contains(atShortest[0].Id)) shortest++;

            Assert.True(choices.Any(c => correct.Contains(c.Id)), $"{q.GetProperty("id").GetString()}: no correct choice among the choices");

            // Never noticeably longer: the correct choices' mean length stays within 1.5x the distractors' mean.
            var right = choices.Where(c => correct.Contains(c.Id)).Average(c => c.Length);
            var wrong = choices.Where(c => !correct.Contains(c.Id)).Average(c => c.Length);
            Assert.True(right <= wrong * 1.5, $"{q.GetProperty("id").GetString()}: correct choices average {right:0} characters, distractors {wrong:0}");
        }
        var share = (double)giveaways / qs.Count;
        Assert.True(share <= 0.35, $"{file}: the correct choice is the strictly longest in {share:P0} of the questions");
        // Nor the opposite give-away: the shortest choice should not be the answer much more often than by chance.
        var shortShare = (double)shortest / qs.Count;
        Assert.True(shortShare <= 0.40, $"{file}: the correct choice is the strictly shortest in {shortShare:P0} of the questions");
    }

    [Fact]
    public void Question_ids_are_unique_across_all_banks()
    {
        var seen = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(SeedDir, "*.json"))
        {
            foreach (var q in Questions(Load(Path.GetFileName(file))))
            {
                var id = q.GetProperty("id").GetString()!;
                Assert.False(seen.TryGetValue(id, out var other), $"question id {id} is in both {other} and {Path.GetFileName(file)}");
                seen[id] = Path.GetFileName(file);
            }
        }
        Assert.NotEmpty(seen);
    }

    [Fact]
    public void Every_shared_skill_links_at_least_two_providers()
    {
        var providersBySkill = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.GetFiles(SeedDir, "*.json"))
        {
            var root = Load(Path.GetFileName(file));
            var provider = root.GetProperty("provider").GetProperty("id").GetString()!;
            foreach (var t in root.GetProperty("exam").GetProperty("topics").EnumerateArray())
            {
                foreach (var skill in t.GetProperty("skills").EnumerateArray())
                {
                    var key = skill.GetString()!;
                    if (!providersBySkill.TryGetValue(key, out var set)) providersBySkill[key] = set = [];
                    set.Add(provider);
                }
            }
        }
        foreach (var skill in SharedSkills)
        {
            Assert.True(providersBySkill.TryGetValue(skill, out var providers) && providers.Count >= 2,
                $"skill '{skill}' is used by {(providers is null ? 0 : providers.Count)} provider(s); the cross-provider view needs two");
        }
    }

    [Fact]
    public void Exam_ids_and_topic_ids_are_unique_across_all_banks()
    {
        var exams = new HashSet<string>();
        var topics = new HashSet<string>();
        foreach (var file in Directory.GetFiles(SeedDir, "*.json"))
        {
            var exam = Load(Path.GetFileName(file)).GetProperty("exam");
            Assert.True(exams.Add(exam.GetProperty("id").GetString()!));
            foreach (var t in exam.GetProperty("topics").EnumerateArray()) Assert.True(topics.Add(t.GetProperty("id").GetString()!));
        }
    }
}
