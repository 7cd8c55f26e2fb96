namespace StudyGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a list / non-null wrapper around one. <c>ToString()</c> prints
/// the type reference as SDL writes it (<c>[Int!]</c>).
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The kind of this type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the bottom of any list and non-null wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>Whether this type may appear as an argument, variable or input field type (scalars, enums, input objects and wrappers of them).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether this type may appear as a field type (everything but input objects, and wrappers of them).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Whether the unwrapped type is a leaf (scalar or enum).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether this type is an object, interface or union.</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether this type is an interface or union.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether this type is a non-null wrapper.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>This type without a non-null wrapper (the type itself when nullable).</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    /// <summary>Whether two type references are the same (same named types, same wrappers).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b)
    {
        while (true)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is NonNullType na && b is NonNullType nb) { a = na.OfType; b = nb.OfType; continue; }
            if (a is ListType la && b is ListType lb) { a = la.OfType; b = lb.OfType; continue; }
            return false;
        }
    }
}
