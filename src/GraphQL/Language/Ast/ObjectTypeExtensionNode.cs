namespace StudyGraph.GraphQL.Language;

/// <summary>`extend type Name implements I @directives { fields }`.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>The interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
