namespace StudyGraph.GraphQL.Language;

/// <summary>A root operation type entry: `query: Query`.</summary>
public sealed class OperationTypeDefinitionNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The root type.</summary>
    public required NamedTypeNode Type { get; init; }
}
