namespace StudyGraph.GraphQL.Language;

/// <summary>A name (identifier): `/[_A-Za-z][_0-9A-Za-z]*/`.</summary>
public sealed class NameNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The identifier text.</summary>
    public required string Value { get; init; }
}
