using System.Text;

namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>
/// Generates syntactically valid GraphQL documents from a seed: executable documents and type-system documents
/// using every syntax feature, with random spacing, commas and comments.
/// </summary>
internal sealed partial class RandomDocumentGenerator(int seed)
{
    private readonly Random _random = new(seed);
    private readonly StringBuilder _sb = new();

    private static readonly string[] Names =
    [
        "a", "b", "id", "name", "exam", "topic", "questions", "node", "_x", "__typename", "on", "query", "type", "fragment",
        "extend", "true", "null", "input", "Foo", "BAR", "v1", "first", "after", "schema", "repeatable", "implements",
    ];

    private static readonly string[] FragmentNames = ["F", "Frag", "query", "type", "A1", "_f", "fragment", "Null"];

    private static readonly string[] EnumValues = ["A", "RED", "on", "ASC", "Value_1", "type", "NULLISH"];

    private static readonly string[] Separators = [" ", " ", " ", "\n", ",", " , ", "\t", "\r\n", "\r", " # comment\n", "\n\n", "\uFEFF"];

    private static readonly string[] StringPieces =
    [
        "a", "xyz", " ", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9", "\\u20AC", "\\u{1F600}", "\\u{61}",
        "\\uD83D\\uDE00", "é", "日本", "😀", "#", "'", "{", "}", "\t", "\\u0000", "\\u007F",
    ];

    private static readonly string[] BlockPieces =
    [
        "a", "text", " ", "  ", "\t", "\"", "\"\"", "\\\"\"\"", "\\", "\\n", "é", "😀", "{ x }", "#", "'",
    ];

    private int Next(int max) => _random.Next(max);

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Sep()
    {
        _sb.Append(Chance(85) ? " " : Pick(Separators));
    }

    private void Word(string s)
    {
        _sb.Append(s);
        Sep();
    }

    private void Name() => Word(Pick(Names));

    /// <summary>An executable document: operations and fragment definitions.</summary>
    public string Executable()
    {
        _sb.Clear();
        if (Chance(5)) _sb.Append('\uFEFF');
        if (Chance(10)) _sb.Append("# leading comment\n");
        var count = 1 + Next(3);
        for (var i = 0; i < count; i++)
        {
            if (Chance(25)) FragmentDefinition();
            else Operation(i == 0 && count == 1);
            Sep();
        }
        return _sb.ToString();
    }

    private void Operation(bool mayBeShorthand)
    {
        if (mayBeShorthand && Chance(30))
        {
            SelectionSet(0);
            return;
        }
        Word(Pick(new[] { "query", "mutation", "subscription" }));
        if (Chance(70)) Name();
        if (Chance(50))
        {
            Word("(");
            var n = 1 + Next(3);
            for (var i = 0; i < n; i++)
            {
                Word("$");
                Name();
                Word(":");
                Type(0);
                if (Chance(40))
                {
                    Word("=");
                    Value(0, isConst: true);
                }
                Directives(isConst: true);
            }
            Word(")");
        }
        Directives(isConst: false);
        SelectionSet(0);
    }

    private void FragmentDefinition()
    {
        Word("fragment");
        Word(Pick(FragmentNames));
        Word("on");
        Name();
        Directives(isConst: false);
        SelectionSet(0);
    }

    private void SelectionSet(int depth)
    {
        Word("{");
        var n = 1 + Next(4);
        for (var i = 0; i < n; i++)
        {
            var kind = Next(10);
            if (kind < 7) Field(depth);
            else if (kind < 8)
            {
                Word("...");
                Word(Pick(FragmentNames));
                Directives(isConst: false);
            }
            else
            {
                Word("...");
                if (Chance(70))
                {
                    Word("on");
                    Name();
                }
                Directives(isConst: false);
                SelectionSet(depth + 1);
            }
        }
        Word("}");
    }

    private void Field(int depth)
    {
        if (Chance(20))
        {
            Name();
            Word(":");
        }
        Name();
        if (Chance(35)) Arguments(isConst: false, depth);
        Directives(isConst: false);
        if (depth < 5 && Chance(35)) SelectionSet(depth + 1);
    }

    private void Arguments(bool isConst, int depth)
    {
        Word("(");
        var n = 1 + Next(3);
        for (var i = 0; i < n; i++)
        {
            Name();
            Word(":");
            Value(depth, isConst);
        }
        Word(")");
    }

    private void Directives(bool isConst)
    {
        while (Chance(20))
        {
            Word("@");
            Name();
            if (Chance(40)) Arguments(isConst, 0);
        }
    }

    private void Type(int depth)
    {
        if (depth < 4 && Chance(25))
        {
            Word("[");
            Type(depth + 1);
            Word("]");
        }
        else
        {
            Name();
        }
        if (Chance(40)) Word("!");
    }
}
