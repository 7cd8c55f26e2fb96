namespace StudyGraph.GraphQL.Language;

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal text.</summary>
    public required string Value { get; init; }
}
