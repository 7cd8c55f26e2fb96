using System.Text;

namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>Seeded hostile-input maker: mutates documents (delete, insert, duplicate, random characters) and builds extreme ones.</summary>
internal sealed class DocumentMutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", "..", ".", "\"", "\"\"\"", "\\\"\"\"", "#", "\n", "\r", "\r\n",
        " ", ",", "on", "fragment", "query", "mutation", "type", "extend", "schema", "directive", "repeatable", "implements",
        "1", "-", "-1", "0", "01", "1.5e", "1e10", ".5", "1.", "\\u", "\\u{", "\\uD800", "\\", "é", "😀", "\uD800", "\uDC00", "\0", "'",
        "\uFEFF", "\t", "true", "null", "\"x\"", "\"\"", "enum", "input", "union", "scalar", "interface", "__typename",
    ];

    public string Mutate(string source)
    {
        var sb = new StringBuilder(source);
        var rounds = 1 + _random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            var at = sb.Length == 0 ? 0 : _random.Next(sb.Length + 1);
            switch (_random.Next(8))
            {
                case 0:
                case 1:
                    if (sb.Length > 0)
                    {
                        var start = Math.Min(at, sb.Length - 1);
                        sb.Remove(start, Math.Min(1 + _random.Next(6), sb.Length - start));
                    }
                    break;
                case 2:
                case 3:
                    sb.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 4:
                    if (sb.Length > 0)
                    {
                        var start = Math.Min(at, sb.Length - 1);
                        var length = Math.Min(1 + _random.Next(20), sb.Length - start);
                        sb.Insert(_random.Next(sb.Length + 1), sb.ToString(start, length));
                    }
                    break;
                case 5:
                    sb.Insert(at, (char)_random.Next(0x10000));
                    break;
                case 6:
                    sb.Insert(at, (char)_random.Next(0x80));
                    break;
                default:
                    if (sb.Length > 0) sb.Length = _random.Next(sb.Length);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Random characters, biased toward GraphQL punctuation.</summary>
    public string RandomCharacters(int maxLength)
    {
        var length = _random.Next(maxLength + 1);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(_random.Next(4) switch
            {
                0 => (char)_random.Next(0x10000),
                1 => "{}()[]:$@!=|&.\"#,\n -0123456789"[_random.Next(30)],
                _ => (char)(0x20 + _random.Next(0x5F)),
            });
        }
        return sb.ToString();
    }

    /// <summary>A sequence of random tokens separated by spaces.</summary>
    public string TokenSoup(int maxTokens)
    {
        var count = _random.Next(maxTokens + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Tokens[_random.Next(Tokens.Length)]);
            if (_random.Next(3) == 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>Extreme documents: deep nesting of selections, lists, objects or types, and huge strings, names and comments.</summary>
    public string Extreme()
    {
        var n = 50 + _random.Next(5000);
        return _random.Next(8) switch
        {
            0 => Repeat("{a", n) + Repeat("}", _random.Next(n + 1)),
            1 => "{ f(a: " + Repeat("[", n) + Repeat("]", _random.Next(n + 1)) + ") }",
            2 => "{ f(a: " + Repeat("{a:", n) + "1" + Repeat("}", _random.Next(n + 1)) + ") }",
            3 => "query($v: " + Repeat("[", n) + "Int" + Repeat("]!", _random.Next(n + 1)) + ") { a }",
            4 => "{ f(a: \"" + new string('x', n * 20) + (_random.Next(2) == 0 ? "\") }" : ""),
            5 => "{ f(a: \"\"\"" + Repeat("  line \\\"\"\"\n", n) + (_random.Next(2) == 0 ? "\"\"\") }" : ""),
            6 => "{ " + new string('a', n * 20) + " }",
            _ => "# " + new string('c', n * 20) + "\n{ a }" + Repeat(" b", n),
        };
    }

    private static string Repeat(string s, int count)
    {
        var sb = new StringBuilder(s.Length * count);
        for (var i = 0; i < count; i++) sb.Append(s);
        return sb.ToString();
    }
}
