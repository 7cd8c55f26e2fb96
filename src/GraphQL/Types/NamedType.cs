using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The definition this type was built from, or null for types defined in code.</summary>
    public TypeDefinitionNode? AstNode { get; internal init; }

    /// <summary>The extensions this type was extended with, in source order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal init; } = [];

    /// <inheritdoc/>
    public override NamedType GetNamedType() => this;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
