using System.Text.Json;

namespace StudyGraph.Domain.Tests.Seed;

/// <summary>Blueprint coverage: topics in proportion to their weights, and deep enough for an exam simulation.</summary>
public sealed partial class SeedBankTests
{
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
}
