namespace StudyGraph.GraphQL.Language;

/// <summary>A field definition: `name(arguments): Type @directives`.</summary>
public sealed class FieldDefinitionNode : AstNode, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
