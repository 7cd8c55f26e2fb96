using System.Diagnostics.CodeAnalysis;

namespace StudyGraph.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec section 2.1 "Source Text"): a forward-only reader over the source that yields one
/// significant token at a time, skipping ignored tokens (white space, line terminators, commas, comments and the
/// byte order mark). Copy the struct to look ahead.
/// </summary>
public ref partial struct Lexer
{
    private readonly string _source;
    private readonly ReadOnlySpan<char> _body;
    private int _line;
    private int _lineStart;
    private string? _value;

    /// <summary>Creates a lexer positioned at the start-of-file token.</summary>
    public Lexer(string source)
    {
        _source = source;
        _body = source.AsSpan();
        _line = 1;
        _lineStart = 0;
        Kind = TokenKind.StartOfFile;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token (0 for the start-of-file token).</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token (0 for the start-of-file token).</summary>
    public int Column { get; private set; }

    /// <summary>End offset of the previous significant token (where the last parsed node ends).</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>
    /// The current token's value: the text of a name or number, the cooked value of a string (escapes resolved,
    /// block indentation removed), null for punctuators and end of file.
    /// </summary>
    public string? Value => _value ??= Kind switch
    {
        TokenKind.Name => NameCache.Get(_body[Start..End]),
        TokenKind.Int or TokenKind.Float => _source.Substring(Start, End - Start),
        _ => null,
    };

    /// <summary>The raw source text of the current token.</summary>
    public readonly ReadOnlySpan<char> Text => _body[Start..End];

    /// <summary>Whether the current token has a value (name, number or string) equal to <paramref name="value"/>.</summary>
    public bool ValueIs(string value) => string.Equals(Value, value, StringComparison.Ordinal);

    /// <summary>The source text.</summary>
    public readonly string Source => _source;

    /// <summary>Whether the current token is a name spelled <paramref name="keyword"/> (no allocation).</summary>
    public readonly bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && _body[Start..End].SequenceEqual(keyword.AsSpan());

    /// <summary>Moves to the next significant token; stays on end of file once there.</summary>
    /// <exception cref="GraphQLSyntaxException">The source holds an invalid character, number or string.</exception>
    public void Advance()
    {
        PreviousEnd = End;
        if (Kind == TokenKind.EndOfFile) return;
        ReadNextToken(End);
    }

    private void SetToken(TokenKind kind, int start, int end, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = 1 + start - _lineStart;
        _value = value;
    }

    private readonly int CodeAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private void ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CodeAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': SetToken(TokenKind.Bang, position, position + 1); return;
                case '$': SetToken(TokenKind.Dollar, position, position + 1); return;
                case '&': SetToken(TokenKind.Amp, position, position + 1); return;
                case '(': SetToken(TokenKind.ParenL, position, position + 1); return;
                case ')': SetToken(TokenKind.ParenR, position, position + 1); return;
                case ':': SetToken(TokenKind.Colon, position, position + 1); return;
                case '=': SetToken(TokenKind.Equals, position, position + 1); return;
                case '@': SetToken(TokenKind.At, position, position + 1); return;
                case '[': SetToken(TokenKind.BracketL, position, position + 1); return;
                case ']': SetToken(TokenKind.BracketR, position, position + 1); return;
                case '{': SetToken(TokenKind.BraceL, position, position + 1); return;
                case '|': SetToken(TokenKind.Pipe, position, position + 1); return;
                case '}': SetToken(TokenKind.BraceR, position, position + 1); return;
                case '.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                    {
                        SetToken(TokenKind.Spread, position, position + 3);
                        return;
                    }
                    break;
                case '"':
                    if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }
                    return;
            }
            if (CharClasses.IsDigit(c) || c == '-')
            {
                ReadNumber(position);
                return;
            }
            if (CharClasses.IsNameStart(c))
            {
                ReadName(position);
                return;
            }
            ThrowUnexpectedCharacter(position);
        }
        SetToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>Comment :: `#` CommentChar* [lookahead != CommentChar]; CommentChar :: SourceCharacter but not LineTerminator.</summary>
    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '\n' || c == '\r') break;
            if (!char.IsSurrogate(c)) position++;
            else if (IsSurrogatePairAt(position)) position += 2;
            else break; // an unpaired surrogate is reported by the next token read
        }
        return position;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue].</summary>
    private void ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && CharClasses.IsNameContinue(_body[position])) position++;
        SetToken(TokenKind.Name, start, position);
    }

    private readonly bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_body[position]) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    [DoesNotReturn]
    private readonly void ThrowUnexpectedCharacter(int position)
    {
        var c = _body[position];
        var message = c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : !char.IsSurrogate(c) || IsSurrogatePairAt(position)
                ? $"Unexpected character: {SyntaxErrors.PrintCodePointAt(_source, position)}."
                : $"Invalid character: {SyntaxErrors.PrintCodePointAt(_source, position)}.";
        throw SyntaxErrors.At(_source, position, message);
    }

    [DoesNotReturn]
    private readonly void Throw(int position, string description) => throw SyntaxErrors.At(_source, position, description);
}
