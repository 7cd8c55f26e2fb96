namespace StudyGraph.GraphQL.Language;

/// <summary>`interface Name implements I @directives { fields }`.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
