using System.Text;

namespace StudyGraph.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// StringValue :: `""` [lookahead != `"`] | `"` StringCharacter+ `"`;
    /// StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode | `\` EscapedCharacter;
    /// EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit;
    /// EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`.
    /// </summary>
    private void ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '"')
            {
                string cooked;
                if (value is null)
                {
                    cooked = _source.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(_body[chunkStart..position]);
                    cooked = value.ToString();
                }
                SetToken(TokenKind.String, start, position + 1, cooked);
                return;
            }
            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(_body[chunkStart..position]);
                position += CodeAt(position + 1) == 'u'
                    ? CodeAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }
            if (c == '\n' || c == '\r') break;
            if (!char.IsSurrogate(c)) position++;
            else if (IsSurrogatePairAt(position)) position += 2;
            else Throw(position, $"Invalid character within String: {SyntaxErrors.PrintCodePointAt(_source, position)}.");
        }
        Throw(position, "Unterminated string.");
    }

    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // Cannot be larger than 12 chars (\u{00000000}).
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                if (point > 0xFFFF)
                {
                    value.Append(char.ConvertFromUtf32(point));
                }
                else
                {
                    value.Append((char)point);
                }
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0) break;
        }
        var end = Math.Min(position + size, _body.Length);
        Throw(position, $"Invalid Unicode escape sequence: \"{_source[position..end]}\".");
        return 0;
    }

    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        // JSON-style surrogate pair escapes are allowed when they encode a supplementary code point.
        if (code is >= 0xD800 and <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        var end = Math.Min(position + 6, _body.Length);
        Throw(position, $"Invalid Unicode escape sequence: \"{_source[position..end]}\".");
        return 0;
    }

    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? c = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (c is null)
        {
            var end = Math.Min(position + 2, _body.Length);
            Throw(position, $"Invalid character escape sequence: \"{_source[position..end]}\".");
        }
        value.Append(c.Value);
        return 2;
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12) | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4) | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>
    /// StringValue :: `"""` BlockStringCharacter* `"""`;
    /// BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`.
    /// The value is BlockStringValue(raw): common indentation and leading/trailing blank lines removed.
    /// </summary>
    private void ReadBlockString(int start)
    {
        var lineStart = _lineStart;
        var lines = 1;
        var hasEscape = false;
        var position = start + 3;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                var raw = _body[(start + 3)..position];
                var value = hasEscape
                    ? BlockStrings.Dedent(raw.ToString().Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal))
                    : BlockStrings.Dedent(raw);
                SetToken(TokenKind.BlockString, start, position + 3, value);
                _line += lines - 1;
                _lineStart = lineStart;
                return;
            }
            if (c == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                hasEscape = true;
                position += 4;
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                position += c == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                lines++;
                lineStart = position;
                continue;
            }
            if (!char.IsSurrogate(c)) position++;
            else if (IsSurrogatePairAt(position)) position += 2;
            else Throw(position, $"Invalid character within String: {SyntaxErrors.PrintCodePointAt(_source, position)}.");
        }
        Throw(position, "Unterminated string.");
    }
}
