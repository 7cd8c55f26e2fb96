namespace StudyGraph.GraphQL.Language;

/// <summary>`union Name @directives = A | B`.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
