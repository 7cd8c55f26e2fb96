namespace StudyGraph.GraphQL.Language;

/// <summary>A whole document: a list of executable and type-system definitions.</summary>
public sealed class DocumentNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}
