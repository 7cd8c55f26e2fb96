namespace StudyGraph.GraphQL.Language;

/// <summary>An enum value definition: `NAME @directives`.</summary>
public sealed class EnumValueDefinitionNode : AstNode, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
