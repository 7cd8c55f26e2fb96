using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Tests.Catalog;

public class QuestionTests
{
    private static Question Multi() => new(
        "q1", "e", "e.t", QuestionType.MultipleChoice, "Which two?",
        [new Choice("a", "A"), new Choice("b", "B"), new Choice("c", "C")],
        ["a", "c"], "Because.", ["https://example.com"], 3, []);

    [Theory]
    [InlineData(new[] { "a", "c" }, true)]
    [InlineData(new[] { "c", "a" }, true)]
    [InlineData(new[] { "c", "a", "a" }, true)]
    [InlineData(new[] { "a" }, false)]
    [InlineData(new[] { "a", "b", "c" }, false)]
    [InlineData(new[] { "a", "x" }, false)]
    [InlineData(new string[0], false)]
    public void Correct_only_when_chosen_set_equals_correct_set(string[] chosen, bool expected)
    {
        Assert.Equal(expected, Multi().IsCorrect(chosen));
    }

    [Fact]
    public void Passing_score_fraction_is_score_over_max()
    {
        Assert.Equal(0.72, new PassingScore(720, 1000).Fraction, 10);
    }

    [Fact]
    public void Blueprint_share_uses_weights()
    {
        var b = new Blueprint([new Topic("t1", "T1", 30, []), new Topic("t2", "T2", 70, [])]);
        Assert.Equal(100, b.TotalWeight);
        Assert.Equal(0.7, b.ShareOf("t2"), 10);
        Assert.Equal(0, b.ShareOf("nope"));
    }
}
