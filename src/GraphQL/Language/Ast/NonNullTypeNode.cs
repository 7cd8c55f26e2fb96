namespace StudyGraph.GraphQL.Language;

/// <summary>A non-null type reference: `Type!` (the inner type is a named or list type).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The nullable inner type.</summary>
    public required TypeNode Type { get; init; }
}
