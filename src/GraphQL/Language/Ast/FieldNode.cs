namespace StudyGraph.GraphQL.Language;

/// <summary>A field selection: `alias: name(arguments) @directives { selections }`.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The alias, or null.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection, or null for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; init; }
}
