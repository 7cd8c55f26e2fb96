namespace StudyGraph.GraphQL.Language;

/// <summary>`extend input Name @directives { fields }`.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>The input fields added.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
