using System.Text;

namespace StudyGraph.GraphQL.Language;

public static partial class Printer
{
    private static string Opt(AstNode? node) => node is null ? "" : Print(node);

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : AstNode
    {
        var sb = new StringBuilder();
        var first = true;
        for (var i = 0; i < nodes.Count; i++)
        {
            var s = Print(nodes[i]);
            if (s.Length == 0) continue;
            if (!first) sb.Append(separator);
            sb.Append(s);
            first = false;
        }
        return sb.ToString();
    }

    private static string JoinStrings(string[] parts, string separator)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var s in parts)
        {
            if (s.Length == 0) continue;
            if (!first) sb.Append(separator);
            sb.Append(s);
            first = false;
        }
        return sb.ToString();
    }

    private static string JoinParts(string separator, params string[] parts) => JoinStrings(parts, separator);

    private static string Wrap(string start, string value, string end = "") => value.Length == 0 ? "" : start + value + end;

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : AstNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Indent(string s) => Wrap("  ", s.Replace("\n", "\n  ", StringComparison.Ordinal));
}
