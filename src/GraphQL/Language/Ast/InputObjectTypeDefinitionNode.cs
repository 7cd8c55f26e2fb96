namespace StudyGraph.GraphQL.Language;

/// <summary>`input Name @directives { fields }`.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
