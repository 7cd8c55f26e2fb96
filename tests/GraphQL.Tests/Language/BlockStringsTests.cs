using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class BlockStringsTests
{
    [Fact]
    public void First_line_keeps_its_indentation_and_whitespace_only_lines_do_not_set_the_common_indent()
    {
        Assert.Equal("  first\nsecond\n\n third", BlockStrings.Dedent(["  first", "    second", "  ", "     third"]));
    }

    [Fact]
    public void Only_blank_lines_give_the_empty_string()
    {
        Assert.Equal("", BlockStrings.Dedent(["", "   ", "\t"]));
    }

    [Fact]
    public void Tabs_count_as_indentation()
    {
        Assert.Equal("a\n\tb", BlockStrings.Dedent(["", "\ta", "\t\tb", ""]));
    }
}
