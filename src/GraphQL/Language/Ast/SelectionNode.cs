namespace StudyGraph.GraphQL.Language;

/// <summary>A selection: field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : AstNode, IHasDirectives
{
    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
