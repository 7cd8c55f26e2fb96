namespace StudyGraph.GraphQL.Language;

/// <summary>A variable definition: `$name: Type = default @directives`.</summary>
public sealed class VariableDefinitionNode : AstNode, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
