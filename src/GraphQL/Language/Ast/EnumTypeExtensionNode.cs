namespace StudyGraph.GraphQL.Language;

/// <summary>`extend enum Name @directives { VALUES }`.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>The values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
