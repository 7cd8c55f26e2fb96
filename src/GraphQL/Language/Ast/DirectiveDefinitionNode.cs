namespace StudyGraph.GraphQL.Language;

/// <summary>`directive @name(arguments) repeatable on LOCATION | ...`.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directive name (without `@`).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Whether the directive is `repeatable`.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations, as written (each a valid DirectiveLocation name).</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
