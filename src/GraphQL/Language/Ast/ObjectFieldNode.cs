namespace StudyGraph.GraphQL.Language;

/// <summary>A field of an input object literal: `name: value`.</summary>
public sealed class ObjectFieldNode : AstNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The value.</summary>
    public required ValueNode Value { get; init; }
}
