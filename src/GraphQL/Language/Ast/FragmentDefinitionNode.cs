namespace StudyGraph.GraphQL.Language;

/// <summary>A fragment definition: `fragment Name on Type @directives { selections }`.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type condition.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}
