namespace StudyGraph.GraphQL.Language;

/// <summary>`type Name implements I &amp; J @directives { fields }`.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
