using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation;

/// <summary>Resolves a type reference of the syntax tree (<c>[Int!]</c>) against a schema (graphql-js's <c>typeFromAST</c>).</summary>
public static class TypeFromAst
{
    /// <summary>The schema type <paramref name="node"/> names, or null when its named type is not in the schema.</summary>
    public static GraphQLType? Get(GraphQLSchema schema, TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                {
                    var inner = Get(schema, list.Type);
                    return inner is null ? null : new ListType(inner);
                }
            case NonNullTypeNode nonNull:
                {
                    var inner = Get(schema, nonNull.Type);
                    return inner is null or NonNullType ? null : new NonNullType(inner);
                }
            default:
                return null;
        }
    }
}
