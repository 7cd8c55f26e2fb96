namespace StudyGraph.GraphQL.Language;

/// <summary>A string literal (quoted or block string), with escapes and block indentation already resolved.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string value.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the source used block-string syntax (`"""`).</summary>
    public bool Block { get; init; }
}
