using System.Text;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    private static GraphQLSyntaxException Rejects(string source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

    private static string Repeat(string s, int n) => new StringBuilder().Insert(0, s, n).ToString();

    [Fact]
    public void Defaults_are_15000_tokens_depth_64_and_a_million_characters()
    {
        var d = ParserOptions.Default;
        Assert.Equal((15_000, 64, 1_000_000), (d.MaxTokens, d.MaxDepth, d.MaxDocumentLength));
    }

    [Fact]
    public void Token_limit_allows_exactly_the_maximum_and_rejects_one_more_at_that_token()
    {
        // "{ a a a ... }": 2 braces + n names.
        var options = new ParserOptions { MaxTokens = 10 };
        Parser.Parse("{ a a a a a a a a }", options);
        var e = Rejects("{ a a a a a a a a a }", options);
        Assert.Equal("Syntax Error: Document contains more than 10 tokens. Parsing aborted.", e.Message);
        Assert.Equal((1, 21), (e.Line, e.Column));
    }

    [Fact]
    public void Default_token_limit_stops_a_huge_document_early()
    {
        var e = Rejects("{" + Repeat(" a", 20_000) + " }");
        Assert.Contains("more than 15000 tokens", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_do_not_count_as_tokens()
    {
        Parser.Parse("{ a }" + Repeat("\n# comment", 100), new ParserOptions { MaxTokens = 3 });
    }

    [Theory]
    [InlineData("{a", "}")]
    [InlineData("{ f(a: [", "]) }")]
    [InlineData("query($v: [", "]) { a }")]
    public void Nesting_beyond_max_depth_is_a_syntax_error(string open, string close)
    {
        var options = new ParserOptions { MaxDepth = 10 };
        var okDepth = open.StartsWith("{a", StringComparison.Ordinal) ? 10 : 9; // the operation's own selection set counts too
        var ok = open.StartsWith("{a", StringComparison.Ordinal)
            ? Repeat(open, okDepth) + Repeat(close, okDepth)
            : open + Repeat("[", okDepth - 1) + (open.Contains('$') ? "Int" : "1") + Repeat("]", okDepth - 1) + close;
        Parser.Parse(ok, options);
        var deep = open.StartsWith("{a", StringComparison.Ordinal)
            ? Repeat(open, 11) + Repeat(close, 11)
            : open + Repeat("[", 11) + (open.Contains('$') ? "Int" : "1") + Repeat("]", 11) + close;
        var e = Rejects(deep, options);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 10.", e.Message);
    }

    [Fact]
    public void Object_values_count_toward_depth()
    {
        var e = Rejects("{ f(a: " + Repeat("{b: ", 70) + "1" + Repeat("}", 70) + ") }");
        Assert.Contains("maximum nesting depth of 64", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Very_deep_nesting_with_a_huge_depth_limit_fails_cleanly_instead_of_overflowing_the_stack()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentLength = int.MaxValue };
        var e = Rejects(Repeat("{a", 200_000) + Repeat("}", 200_000), options);
        Assert.Contains("maximum nesting depth", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_longer_than_the_maximum_is_rejected_before_lexing()
    {
        var source = "{ a }" + new string(' ', 100);
        Parser.Parse(source, new ParserOptions { MaxDocumentLength = source.Length });
        var e = Rejects(source, new ParserOptions { MaxDocumentLength = 50 });
        Assert.Equal($"Syntax Error: Document is {source.Length} characters long, more than the maximum of 50.", e.Message);
        Assert.Equal((1, 1), (e.Line, e.Column));
    }

    [Fact]
    public void Limits_apply_to_ParseValue_and_ParseType_too()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("[[[[1]]]]", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("[[[[Int]]]]", options));
        Assert.IsType<ListValueNode>(Parser.ParseValue("[[[1]]]", options));
    }

    [Theory]
    [InlineData(0, 64, 100)]
    [InlineData(100, 0, 100)]
    [InlineData(100, 64, -1)]
    public void Nonsense_limits_are_refused_as_a_programming_error(int maxTokens, int maxDepth, int maxLength)
    {
        var options = new ParserOptions { MaxTokens = maxTokens, MaxDepth = maxDepth, MaxDocumentLength = maxLength };
        Assert.Throws<ArgumentOutOfRangeException>(() => Parser.Parse("{ a }", options));
    }
}
