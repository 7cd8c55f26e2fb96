namespace StudyGraph.GraphQL.Language;

/// <summary>`true` or `false`.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The value.</summary>
    public required bool Value { get; init; }
}
