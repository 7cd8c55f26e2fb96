namespace StudyGraph.GraphQL.Language;

/// <summary>`extend schema @directives { operation types }`.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types added.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
