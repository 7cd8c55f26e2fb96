namespace StudyGraph.GraphQL.Language;

/// <summary>An argument or input field definition: `name: Type = default @directives`.</summary>
public sealed class InputValueDefinitionNode : AstNode, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
