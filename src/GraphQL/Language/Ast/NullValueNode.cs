namespace StudyGraph.GraphQL.Language;

/// <summary>`null`.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NullValue;
}
