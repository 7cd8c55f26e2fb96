namespace StudyGraph.GraphQL.Language;

/// <summary>`scalar Name @directives`.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}
