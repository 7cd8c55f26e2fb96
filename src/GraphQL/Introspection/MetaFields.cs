using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Introspection;

/// <summary>The implicit fields <c>__schema</c> and <c>__type</c> (query root) and <c>__typename</c> (every composite type).</summary>
public static class MetaFields
{
    /// <summary><c>__schema: __Schema!</c>: resolves to the schema.</summary>
    public static FieldDefinition Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema),
        "Access the current type schema of this server.")
    {
        Resolver = ctx => new ValueTask<object?>(ctx.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>: resolves to the named type or null.</summary>
    public static FieldDefinition Type { get; } = new("__type", IntrospectionTypes.Type,
        "Request the type information of a single type.", [new ArgumentDefinition("name", new NonNullType(ScalarType.String))])
    {
        Resolver = ctx => new ValueTask<object?>(ctx.Schema.GetType(ctx.GetArgument<string>("name")!)),
    };

    /// <summary><c>__typename: String!</c>: resolves to the name of the parent object type.</summary>
    public static FieldDefinition TypeName { get; } = new("__typename", new NonNullType(ScalarType.String),
        "The name of the current Object type at runtime.")
    {
        Resolver = ctx => new ValueTask<object?>(ctx.ParentType.Name),
    };
}
