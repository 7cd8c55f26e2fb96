namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first, calling an <see cref="AstVisitor"/> on every node. Children are visited in the
/// order graphql-js's <c>QueryDocumentKeys</c> lists them (e.g. a field: alias, name, arguments, directives, selection set).
/// </summary>
public static partial class AstWalker
{
    /// <summary>Walks <paramref name="root"/> and its descendants. Returns false when a visitor returned Break.</summary>
    public static bool Walk(AstNode root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var ancestors = new List<AstNode>();
        return Visit(root, visitor, ancestors);
    }

    private static bool Visit(AstNode? node, AstVisitor visitor, List<AstNode> ancestors)
    {
        if (node is null) return true;
        var action = visitor.Enter(node, ancestors);
        if (action == VisitAction.Break) return false;
        if (action == VisitAction.Skip) return true;
        ancestors.Add(node);
        var ok = VisitChildren(node, visitor, ancestors);
        ancestors.RemoveAt(ancestors.Count - 1);
        if (!ok) return false;
        return visitor.Leave(node, ancestors) != VisitAction.Break;
    }

    private static bool VisitAll<T>(IReadOnlyList<T> nodes, AstVisitor visitor, List<AstNode> ancestors)
        where T : AstNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i], visitor, ancestors)) return false;
        }
        return true;
    }
}
