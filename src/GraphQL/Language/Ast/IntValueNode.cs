namespace StudyGraph.GraphQL.Language;

/// <summary>An integer literal, kept as its source text.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal text.</summary>
    public required string Value { get; init; }
}
