using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Tests.Sessions;

public class PenaltyIndicatorTests
{
    [Theory]
    [InlineData(1, 2, "(+1 Question @ 2 Tries)")]
    [InlineData(2, 3, "(+2 Questions @ 3 Tries)")]
    [InlineData(1, 1, "(+1 Question @ 1 Try)")]
    [InlineData(3, 1, "(+3 Questions @ 1 Try)")]
    public void Text_uses_correct_plurals(int questions, int tries, string expected)
    {
        var p = PenaltyIndicator.For(questions, tries);
        Assert.NotNull(p);
        Assert.Equal(expected, p!.Text);
        Assert.Equal(questions, p.Questions);
        Assert.Equal(tries, p.Tries);
    }

    [Fact]
    public void Empty_pool_has_no_indicator()
    {
        Assert.Null(PenaltyIndicator.For(0, 0));
    }
}
