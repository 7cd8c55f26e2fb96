namespace StudyGraph.GraphQL.Types;

/// <summary>An interface type (which may itself implement interfaces).</summary>
public sealed class InterfaceType : ComplexType
{
    /// <summary>Creates an interface type; fields and interfaces are attached by the schema builder.</summary>
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The resolver that picks the object type of a value, or null (the executor then tries each possible type's <see cref="ObjectType.IsTypeOf"/>).</summary>
    public AbstractTypeResolver? ResolveType { get; internal set; }
}
