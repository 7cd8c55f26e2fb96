using System.Text.Json;

namespace StudyGraph.Domain.Tests.Seed;

/// <summary>Rules across all banks: unique ids and shared skill tags that link providers.</summary>
public sealed partial class SeedBankTests
{
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
