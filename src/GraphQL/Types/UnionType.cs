namespace StudyGraph.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    /// <summary>Creates a union type; members are attached by the schema builder.</summary>
    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in declaration order (object types in a valid schema).</summary>
    public IReadOnlyList<NamedType> Types { get; internal set; } = [];

    /// <summary>The resolver that picks the object type of a value, or null (the executor then tries each member's <see cref="ObjectType.IsTypeOf"/>).</summary>
    public AbstractTypeResolver? ResolveType { get; internal set; }
}
