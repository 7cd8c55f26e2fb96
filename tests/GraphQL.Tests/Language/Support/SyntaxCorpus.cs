using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>Loads tests/GraphQL.Tests/Corpus/syntax (documents separated by a line of eight tildes) and the test schemas.</summary>
internal static class SyntaxCorpus
{
    private const string Separator = "\n~~~~~~~~\n";

    public static string Dir => Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Corpus", "syntax");

    public static IReadOnlyList<string> Load(string file)
    {
        var content = File.ReadAllText(Path.Combine(Dir, file));
        if (content.EndsWith('\n')) content = content[..^1];
        return content.Split(Separator);
    }

    public static IReadOnlyList<string> ValidExecutable => Load("executable-valid.txt");

    public static IReadOnlyList<string> ValidTypeSystem => Load("typesystem-valid.txt");

    public static IReadOnlyList<string> Invalid => Load("invalid.txt");

    public static string Schema(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Schemas", name));

    /// <summary>
    /// Documents a UTF-8 text file cannot hold or that are too big to keep in one: unpaired surrogates, control
    /// characters, byte order marks, bare carriage returns, and documents at and just over the token limit.
    /// Valid and invalid mixed; the oracle decides.
    /// </summary>
    public static IReadOnlyList<string> Special =>
    [
        "\uD800", "{ a }\uDC00", "{ a(b: \"\uD800\") }", "{ a(b: \"x\uDBFF\") }", "{ a(b: \"\"\"\n  \uDFFF\n\"\"\") }",
        "# comment \uD800\n{ a }", "{ a(b: \"\uD83D\uDE00 pair\") }", "\uD83D\uDE00", "{ a(b: \"\u0000 \u0001 \u001F raw controls\") }",
        "\u0000", "{ a \u0008 }", "\uFEFF{ a }", "{ a \uFEFF b }", "{\ra\rb\r}", "{\r\n  a(b: $)\r\n}", "\r\r\r  { a(b: 01) }",
        "{ a(b: \"\u00A0\u2028\u2029\") }", "{ a \u00A0 }", "{ a \u2028 }", "{ a(b: \"\\u{D800}\") }",
        "{" + string.Concat(Enumerable.Repeat(" a", 14_998)) + " }",
        "{" + string.Concat(Enumerable.Repeat(" a", 14_999)) + " }",
        "query Q($v: Int = 1" + string.Concat(Enumerable.Repeat(", $w: Int", 4_000)) + ") { a }",
    ];

    public static IReadOnlyList<string> All()
    {
        var all = new List<string>();
        all.AddRange(ValidExecutable);
        all.AddRange(ValidTypeSystem);
        all.AddRange(Invalid);
        all.AddRange(Special);
        all.Add(Schema("kitchen-sink.graphql"));
        all.Add(Schema("studygraph-large.graphql"));
        return all;
    }
}
