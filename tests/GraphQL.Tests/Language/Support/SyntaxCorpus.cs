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

    public static IReadOnlyList<string> All()
    {
        var all = new List<string>();
        all.AddRange(ValidExecutable);
        all.AddRange(ValidTypeSystem);
        all.AddRange(Invalid);
        all.Add(Schema("kitchen-sink.graphql"));
        all.Add(Schema("studygraph-large.graphql"));
        return all;
    }
}
