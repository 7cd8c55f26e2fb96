using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void Anonymous_query_without_variables_or_directives_prints_as_shorthand()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
        Assert.Equal("mutation {\n  a\n}", Reprint("mutation { a }"));
    }

    [Fact]
    public void Long_argument_lists_wrap_one_per_line()
    {
        var printed = Reprint("{ field(argumentNumberOne: \"value number one\", argumentNumberTwo: \"value number two\") }");
        Assert.Equal("{\n  field(\n    argumentNumberOne: \"value number one\"\n    argumentNumberTwo: \"value number two\"\n  )\n}", printed);
    }

    [Fact]
    public void Strings_are_escaped_and_block_strings_keep_block_form()
    {
        Assert.Equal("{\n  f(a: \"q\\\" \\\\ \\n \\u0007 \\u007F é\")\n}", Reprint("{ f(a: \"q\\\" \\\\ \\n \\u0007 \\u007f é\") }"));
        Assert.Equal("{\n  f(a: \"\"\"block\"\"\")\n}", Reprint("{ f(a: \"\"\"block\"\"\") }"));
        Assert.Equal("{\n  f(a: \"\"\"\n  multi\n  line\n  \"\"\")\n}", Reprint("{ f(a: \"\"\"\n  multi\n  line\n\"\"\") }"));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("   leading", "\"\"\"   leading\"\"\"")]
    [InlineData("trailing \"", "\"\"\"\ntrailing \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"")]
    public void Block_string_printing_matches_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintBlockString(value));
    }

    [Fact]
    public void Type_system_prints_descriptions_and_multiline_argument_definitions()
    {
        var printed = Reprint("\"\"\"Type\"\"\" type T implements A & B @d { \"f\" f(\"arg\" a: Int = 1, b: [In!]! @deprecated): String @deprecated(reason: \"r\") }");
        Assert.Equal("\"\"\"Type\"\"\"\ntype T implements A & B @d {\n  \"f\"\n  f(\n    \"arg\"\n    a: Int = 1\n    b: [In!]! @deprecated\n  ): String @deprecated(reason: \"r\")\n}", printed);
        Assert.Equal("directive @d(a: Int) repeatable on FIELD | OBJECT", Reprint("directive @d(a: Int) repeatable on | FIELD | OBJECT"));
        Assert.Equal("union U = A | B\n\nextend union U @d", Reprint("union U = | A | B extend union U @d"));
        Assert.Equal("extend schema @d {\n  mutation: M\n}", Reprint("extend schema @d { mutation: M }"));
    }

    [Fact]
    public void Kitchen_sink_schema_printed_parses_to_the_same_print()
    {
        var printed = Reprint(Support.SyntaxCorpus.Schema("kitchen-sink.graphql"));
        Assert.Equal(printed, Reprint(printed));
        Assert.Contains("interface Resource implements Node & Timestamped {", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_prints_the_node()
    {
        Assert.Equal("[1, $v]", Parser.ParseValue("[1 $v]").ToString());
    }
}
