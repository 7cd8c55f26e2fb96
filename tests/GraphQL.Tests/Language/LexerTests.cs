using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<(TokenKind Kind, string? Value, int Line, int Column)> Lex(string source)
    {
        var tokens = new List<(TokenKind, string?, int, int)>();
        var lexer = new Lexer(source);
        do
        {
            lexer.Advance();
            tokens.Add((lexer.Kind, lexer.Value, lexer.Line, lexer.Column));
        }
        while (lexer.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    private static string StringValue(string literal) => ((StringValueNode)Parser.ParseValue(literal)).Value;

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Punctuators_names_and_numbers_with_positions()
    {
        var tokens = Lex("{ a: $b @c(d: [1, -2.5e3]) ...on! & | = }");
        Assert.Equal(
            [TokenKind.BraceL, TokenKind.Name, TokenKind.Colon, TokenKind.Dollar, TokenKind.Name, TokenKind.At, TokenKind.Name,
             TokenKind.ParenL, TokenKind.Name, TokenKind.Colon, TokenKind.BracketL, TokenKind.Int, TokenKind.Float, TokenKind.BracketR,
             TokenKind.ParenR, TokenKind.Spread, TokenKind.Name, TokenKind.Bang, TokenKind.Amp, TokenKind.Pipe, TokenKind.Equals,
             TokenKind.BraceR, TokenKind.EndOfFile],
            tokens.Select(t => t.Kind));
        Assert.Equal(("-2.5e3", 1, 19), (tokens[12].Value, tokens[12].Line, tokens[12].Column));
    }

    [Fact]
    public void Ignored_tokens_are_skipped_and_lines_counted_for_every_line_terminator()
    {
        var tokens = Lex("\uFEFF# comment\r\n,, a\rb\n\tc # trailing");
        Assert.Equal([("a", 2, 4), ("b", 3, 1), ("c", 4, 2)], tokens.Take(3).Select(t => (t.Value!, t.Line, t.Column)));
        Assert.Equal(TokenKind.EndOfFile, tokens[^1].Kind);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"", "quote \" slash \\ / \b\f\n\r\t")]
    [InlineData("\"\\u00e9\\u20AC\"", "é€")]
    [InlineData("\"\\u{1F600}\\u{61}\"", "😀a")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"raw 😀 é\"", "raw 😀 é")]
    public void Strings_resolve_escapes(string literal, string expected)
    {
        Assert.Equal(expected, StringValue(literal));
    }

    [Fact]
    public void Block_strings_remove_common_indentation_and_blank_edge_lines()
    {
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", StringValue("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\""));
        Assert.Equal("first\nsecond", StringValue("\"\"\"first\n    second\"\"\""));
        Assert.Equal("contains \"\"\" triple", StringValue("\"\"\"contains \\\"\"\" triple\"\"\""));
        Assert.Equal("crlf\nlines", StringValue("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\""));
        Assert.Equal("", StringValue("\"\"\"  \n   \n\"\"\""));
        Assert.Equal("\\n not an escape", StringValue("\"\"\"\\n not an escape\"\"\""));
    }

    [Fact]
    public void Tokens_after_a_multi_line_block_string_have_the_right_line_and_column()
    {
        var tokens = Lex("\"\"\"\na\nb\"\"\" c");
        Assert.Equal(("c", 3, 6), (tokens[1].Value!, tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1.5.", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("-x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("~", "Syntax Error: Unexpected character: \"~\".", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\n\n  \"\"\"never closed", "Syntax Error: Unterminated string.", 3, 18)]
    public void Lexical_errors_match_graphql_js(string source, string message, int line, int column)
    {
        var e = LexError(source);
        Assert.Equal(message, e.Message);
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    [Fact]
    public void Unpaired_surrogates_are_invalid_characters()
    {
        // Not theory data: xunit would replace lone surrogates with U+FFFD when it serializes the cases.
        var outside = LexError("\uD800");
        Assert.Equal(("Syntax Error: Invalid character: U+D800.", 1, 1), (outside.Message, outside.Line, outside.Column));
        var inside = LexError("\"a\uDC00\"");
        Assert.Equal(("Syntax Error: Invalid character within String: U+DC00.", 1, 3), (inside.Message, inside.Line, inside.Column));
        var inBlock = LexError("\"\"\"\n\uDBFF\"\"\"");
        Assert.Equal(("Syntax Error: Invalid character within String: U+DBFF.", 2, 1), (inBlock.Message, inBlock.Line, inBlock.Column));
    }

    [Fact]
    public void Number_followed_by_a_name_start_is_rejected_but_a_punctuator_is_fine()
    {
        LexError("123abc");
        Assert.Equal([TokenKind.Int, TokenKind.BracketR, TokenKind.EndOfFile], Lex("123]").Select(t => t.Kind));
    }

    [Fact]
    public void Lookahead_by_copy_leaves_the_original_lexer_in_place()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        var copy = lexer;
        copy.Advance();
        Assert.Equal(("a", "b"), (lexer.Value, copy.Value));
    }
}
