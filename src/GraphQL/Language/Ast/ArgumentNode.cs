namespace StudyGraph.GraphQL.Language;

/// <summary>An argument: `name: value`.</summary>
public sealed class ArgumentNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The value.</summary>
    public required ValueNode Value { get; init; }
}
