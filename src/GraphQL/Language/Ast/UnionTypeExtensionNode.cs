namespace StudyGraph.GraphQL.Language;

/// <summary>`extend union Name @directives = A | B`.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>The member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
