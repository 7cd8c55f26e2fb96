namespace StudyGraph.GraphQL.Language;

/// <summary>A named type extension (`extend scalar|type|interface|union|enum|input Name ...`).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <summary>The name of the extended type.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives added, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
