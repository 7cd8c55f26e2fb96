namespace StudyGraph.GraphQL.Language;

/// <summary>`extend interface Name implements I @directives { fields }`.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>The interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
