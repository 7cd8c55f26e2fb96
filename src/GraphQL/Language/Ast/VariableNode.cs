namespace StudyGraph.GraphQL.Language;

/// <summary>A variable reference: `$name`.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable name (without `$`).</summary>
    public required NameNode Name { get; init; }
}
