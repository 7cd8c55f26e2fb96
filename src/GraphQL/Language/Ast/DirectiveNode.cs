namespace StudyGraph.GraphQL.Language;

/// <summary>A directive application: `@name(arguments)`.</summary>
public sealed class DirectiveNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive name (without `@`).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
