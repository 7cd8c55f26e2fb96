using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>, <c>__EnumValue</c>,
/// <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>) with graphql-js v16's fields and descriptions,
/// and resolvers over the type model: the executor runs them like any other type.
/// </summary>
public static partial class IntrospectionTypes
{
    /// <summary><c>__Schema</c>; its source value is a <see cref="GraphQLSchema"/>.</summary>
    public static ObjectType Schema { get; } = new("__Schema",
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary><c>__Directive</c>; its source value is a <see cref="DirectiveDefinition"/>.</summary>
    public static ObjectType Directive { get; } = new("__Directive",
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary><c>__DirectiveLocation</c>; internal values are the location names.</summary>
    public static EnumType DirectiveLocation { get; } = new("__DirectiveLocation",
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    /// <summary><c>__Type</c>; its source value is a <see cref="GraphQLType"/> (named or wrapper).</summary>
    public static ObjectType Type { get; } = new("__Type",
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    /// <summary><c>__Field</c>; its source value is a <see cref="FieldDefinition"/>.</summary>
    public static ObjectType Field { get; } = new("__Field",
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary><c>__InputValue</c>; its source value is an <see cref="InputValueDefinition"/>.</summary>
    public static ObjectType InputValue { get; } = new("__InputValue",
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary><c>__EnumValue</c>; its source value is an <see cref="EnumValueDefinition"/>.</summary>
    public static ObjectType EnumValue { get; } = new("__EnumValue",
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary><c>__TypeKind</c>; internal values are the kind names (<c>OBJECT</c>).</summary>
    public static EnumType TypeKind { get; } = new("__TypeKind", "An enum describing what kind of type a given `__Type` is.");

    /// <summary>All eight introspection types in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    static IntrospectionTypes()
    {
        DefineSchema();
        DefineDirective();
        DefineDirectiveLocation();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineTypeKind();
    }

    /// <summary>Whether <paramref name="name"/> is the name of an introspection type.</summary>
    public static bool IsIntrospectionTypeName(string name) => name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type"
        or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static NonNullType NN(GraphQLType t) => new(t);

    private static NonNullType NNList(GraphQLType item) => new(new ListType(new NonNullType(item)));

    private static FieldDefinition F(string name, GraphQLType type, Func<object?, object?> resolve, string? description = null)
        => new(name, type, description) { Resolver = ctx => new ValueTask<object?>(resolve(ctx.Source)) };

    private static FieldDefinition FWithDeprecated(string name, GraphQLType type, Func<object?, bool, object?> resolve)
    {
        var arg = new ArgumentDefinition("includeDeprecated", ScalarType.Boolean) { HasDefaultValue = true, DefaultValue = false };
        return new FieldDefinition(name, type, null, [arg])
        {
            Resolver = ctx => new ValueTask<object?>(resolve(ctx.Source, ctx.GetArgument("includeDeprecated", false))),
        };
    }

    private static List<T> Filter<T>(IReadOnlyList<T> items, bool includeDeprecated, Func<T, bool> isDeprecated)
    {
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (includeDeprecated || !isDeprecated(item)) list.Add(item);
        }
        return list;
    }

    private static void DefineEnum(EnumType type, params (string Name, string Description)[] values)
    {
        var list = new List<EnumValueDefinition>(values.Length);
        foreach (var (name, description) in values) list.Add(new EnumValueDefinition(name, description));
        type.Values = list;
    }

    private static FieldDefinition Resolved(FieldDefinition field, FieldResolver resolver)
    {
        field.Resolver = resolver;
        return field;
    }
}
