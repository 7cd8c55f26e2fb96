namespace StudyGraph.GraphQL.Language;

/// <summary>`extend scalar Name @directives`.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}
