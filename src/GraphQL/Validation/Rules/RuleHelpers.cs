using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>Small helpers the rules share.</summary>
internal static class RuleHelpers
{
    /// <summary>The name nodes of <paramref name="items"/> grouped by name, groups in order of first appearance.</summary>
    public static List<(string Name, List<AstNode> Nodes)> GroupByName<T>(IReadOnlyList<T> items, Func<T, NameNode> name)
    {
        var groups = new List<(string Name, List<AstNode> Nodes)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var n = name(item);
            if (index.TryGetValue(n.Value, out var i))
            {
                groups[i].Nodes.Add(n);
            }
            else
            {
                index[n.Value] = groups.Count;
                groups.Add((n.Value, [n]));
            }
        }
        return groups;
    }
}
