namespace StudyGraph.GraphQL.Language;

/// <summary>A selection set: `{ selections }`.</summary>
public sealed class SelectionSetNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
