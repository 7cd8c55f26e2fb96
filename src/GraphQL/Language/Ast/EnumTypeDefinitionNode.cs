namespace StudyGraph.GraphQL.Language;

/// <summary>`enum Name @directives { VALUES }`.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>The values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
