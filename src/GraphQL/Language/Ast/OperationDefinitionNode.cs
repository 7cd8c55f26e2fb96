namespace StudyGraph.GraphQL.Language;

/// <summary>An operation: `query`, `mutation` or `subscription` (or a query shorthand `{ ... }`).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>The operation type.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The operation name, or null when anonymous.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variable definitions.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}
