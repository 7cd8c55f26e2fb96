namespace StudyGraph.GraphQL.Language;

/// <summary>A list literal: `[values]`.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}
