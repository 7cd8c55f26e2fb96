namespace StudyGraph.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}];
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? (at least one) [lookahead != {Digit, `.`, NameStart}];
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*;
    /// FractionalPart :: `.` Digit+; ExponentPart :: ExponentIndicator Sign? Digit+.
    /// </summary>
    private void ReadNumber(int start)
    {
        var position = start;
        var code = CodeAt(position);
        var isFloat = false;
        if (code == '-') code = CodeAt(++position);
        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                Throw(position, $"Invalid number, unexpected digit after 0: {SyntaxErrors.PrintCodePointAt(_source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-') code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        // Numbers cannot be followed by `.` or a NameStart.
        if (code == '.' || (code >= 0 && CharClasses.IsNameStart((char)code)))
        {
            Throw(position, $"Invalid number, expected digit but got: {SyntaxErrors.PrintCodePointAt(_source, position)}.");
        }
        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            Throw(start, $"Invalid number, expected digit but got: {SyntaxErrors.PrintCodePointAt(_source, start)}.");
        }
        var position = start + 1;
        while (IsDigit(CodeAt(position))) position++;
        return position;
    }

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;
}
