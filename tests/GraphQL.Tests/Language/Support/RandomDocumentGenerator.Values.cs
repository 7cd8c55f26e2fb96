using System.Globalization;

namespace StudyGraph.GraphQL.Tests.Language.Support;

internal sealed partial class RandomDocumentGenerator
{
    private void Value(int depth, bool isConst)
    {
        var kind = Next(depth < 4 ? 12 : 9);
        switch (kind)
        {
            case 0: Word(IntText()); break;
            case 1: Word(FloatText()); break;
            case 2: QuotedString(); break;
            case 3: BlockString(); break;
            case 4: Word(Chance(50) ? "true" : "false"); break;
            case 5: Word("null"); break;
            case 6: Word(Pick(EnumValues)); break;
            case 7:
            case 8:
                if (isConst) Word(IntText());
                else
                {
                    Word("$");
                    Name();
                }
                break;
            case 9:
            case 10:
                Word("[");
                for (var i = Next(4); i > 0; i--) Value(depth + 1, isConst);
                Word("]");
                break;
            default:
                Word("{");
                for (var i = Next(4); i > 0; i--)
                {
                    Name();
                    Word(":");
                    Value(depth + 1, isConst);
                }
                Word("}");
                break;
        }
    }

    private string IntText() => Next(6) switch
    {
        0 => "0",
        1 => "-0",
        2 => (-Next(1000)).ToString(CultureInfo.InvariantCulture),
        3 => "12345678901234567890",
        _ => Next(100000).ToString(CultureInfo.InvariantCulture),
    };

    private string FloatText()
    {
        var integer = Chance(20) ? "0" : (1 + Next(999)).ToString(CultureInfo.InvariantCulture);
        if (Chance(30)) integer = "-" + integer;
        var fraction = Chance(70) ? "." + Next(100000).ToString(CultureInfo.InvariantCulture) : "";
        var exponent = fraction.Length == 0 || Chance(30)
            ? Pick(new[] { "e", "E" }) + Pick(new[] { "", "+", "-" }) + Next(400).ToString(CultureInfo.InvariantCulture)
            : "";
        return integer + fraction + exponent;
    }

    private void QuotedString()
    {
        _sb.Append('"');
        for (var i = Next(8); i > 0; i--) _sb.Append(Pick(StringPieces));
        _sb.Append('"');
        Sep();
    }

    private void BlockString()
    {
        _sb.Append("\"\"\"");
        var lines = Next(5);
        var last = ' ';
        for (var line = 0; line <= lines; line++)
        {
            if (line > 0)
            {
                last = ' ';
                _sb.Append(Pick(new[] { "\n", "\r\n", "\r" }));
                _sb.Append(' ', Next(6));
            }
            for (var i = Next(6); i > 0; i--)
            {
                var piece = Pick(BlockPieces);
                // Adjacent quotes could form a closing """: skip a quote piece right after a quote.
                if (last == '"' && piece[0] == '"') continue;
                _sb.Append(piece);
                last = piece[^1];
            }
        }
        // A closing """ right after a quote or backslash would change the token: end the line first.
        if (last is '"' or '\\') _sb.Append('\n');
        _sb.Append("\"\"\"");
        Sep();
    }
}
