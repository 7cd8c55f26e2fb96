namespace StudyGraph.GraphQL.Language;

/// <summary>`schema @directives { query: Query ... }`.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
