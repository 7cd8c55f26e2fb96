namespace StudyGraph.GraphQL.Types;

/// <summary>An object type.</summary>
public sealed class ObjectType : ComplexType
{
    /// <summary>Creates an object type; fields and interfaces are attached by the schema builder.</summary>
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Decides whether a resolved value belongs to this type when it is returned for an abstract type
    /// (graphql-js's <c>isTypeOf</c>), or null to leave it to the abstract type's <see cref="AbstractTypeResolver"/>.
    /// </summary>
    public IsTypeOfPredicate? IsTypeOf { get; internal set; }

    /// <summary>The CLR type bound to this object type by the resolver binding, or null.</summary>
    public Type? ClrType { get; internal set; }
}
