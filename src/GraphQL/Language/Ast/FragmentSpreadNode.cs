namespace StudyGraph.GraphQL.Language;

/// <summary>A fragment spread: `...Name @directives`.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }
}
