namespace StudyGraph.GraphQL.Language;

/// <summary>An enum literal (a name other than true, false, null).</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }
}
