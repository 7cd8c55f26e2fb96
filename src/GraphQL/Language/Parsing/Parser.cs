namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (spec section 2 and Appendix B), with graphql-js's error
/// messages. Bounded by <see cref="ParserOptions"/>: token count, nesting depth and document length.
/// </summary>
public ref partial struct Parser
{
    private Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;
    private readonly NodeListBuilder _nodes;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options ?? ParserOptions.Default;
        if (_options.MaxTokens < 1 || _options.MaxDepth < 1 || _options.MaxDocumentLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxTokens and MaxDepth must be at least 1, MaxDocumentLength at least 0.");
        }
        if (source.Length > _options.MaxDocumentLength)
        {
            throw SyntaxErrors.At(source, 0, $"Document is {source.Length} characters long, more than the maximum of {_options.MaxDocumentLength}.");
        }
        _lexer = new Lexer(source);
        _nodes = NodeListBuilder.Rent();
    }

    /// <summary>Parses a whole document (executable and/or type-system definitions).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not valid GraphQL or exceeds a limit of <paramref name="options"/>.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser._nodes.Release();
        }
    }

    /// <summary>Parses a single value literal such as <c>[42, {a: $v}]</c> (variables allowed).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: false);
            parser.ExpectToken(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser._nodes.Release();
        }
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: true);
            parser.ExpectToken(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser._nodes.Release();
        }
    }

    /// <summary>Parses a single type reference such as <c>[String!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var type = parser.ParseTypeReference();
            parser.ExpectToken(TokenKind.EndOfFile);
            return type;
        }
        finally
        {
            parser._nodes.Release();
        }
    }
}
