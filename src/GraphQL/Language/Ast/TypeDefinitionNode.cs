namespace StudyGraph.GraphQL.Language;

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
