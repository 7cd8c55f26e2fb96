using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>graphql-js's type comparators: equality, sub-typing and overlap of type references.</summary>
public static class TypeComparators
{
    /// <summary>Whether the two type references are equal (same wrappers around the same named type).</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => GraphQLType.AreEqual(a, b);

    /// <summary>Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (covariant field types).</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType)) return true;
            if (superType is NonNullType sn)
            {
                if (maybeSubType is not NonNullType mn) return false;
                maybeSubType = mn.OfType;
                superType = sn.OfType;
                continue;
            }
            if (maybeSubType is NonNullType mn2)
            {
                maybeSubType = mn2.OfType;
                continue;
            }
            if (superType is ListType sl)
            {
                if (maybeSubType is not ListType ml) return false;
                maybeSubType = ml.OfType;
                superType = sl.OfType;
                continue;
            }
            if (maybeSubType is ListType) return false;
            return superType is UnionType or InterfaceType && maybeSubType is InterfaceType or ObjectType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }

    /// <summary>Whether two composite types share a possible object type.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var t in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, t)) return true;
                }
                return false;
            }
            return schema.IsSubType(a, b);
        }
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
