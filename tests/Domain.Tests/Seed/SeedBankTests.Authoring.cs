using System.Text.Json;

namespace StudyGraph.Domain.Tests.Seed;

/// <summary>Authoring rules that keep answers from being guessable: question shapes, answer positions, choice lengths.</summary>
public sealed partial class SeedBankTests
{
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
}
