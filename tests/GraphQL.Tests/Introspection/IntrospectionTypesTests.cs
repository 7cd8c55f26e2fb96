using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Introspection;

/// <summary>The introspection types and specified directives against graphql-js's printIntrospectionSchema (shapes and descriptions).</summary>
public sealed class IntrospectionTypesTests
{
    [Fact]
    public void Introspection_types_print_exactly_as_graphql_js_prints_them()
    {
        const string sdl = "type Query { a: Int }";
        var expected = SchemaOracle.Run([new { op = "introspectionSdl", sdl }])[0].GetProperty("printed").GetString();
        var actual = SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.BuildSchema(sdl));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_schema_contains_the_introspection_types_after_the_types_the_directives_use()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int }");
        var names = schema.Types.Select(t => t.Name).ToList();
        Assert.Equal(["Query", "Int", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"], names);
    }

    [Fact]
    public void Type_fields_resolve_over_the_model()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a(x: Int = 3 @deprecated): [Int!] old: Int @deprecated(reason: \"gone\") }\nenum E { A B @deprecated }\ninput I @oneOf { a: Int }\ntype T { e: E i(i: I): Int }");
        var query = schema.QueryType!;
        Assert.Equal("OBJECT", Resolve(IntrospectionTypes.Type, "kind", query));
        Assert.Equal("NON_NULL", Resolve(IntrospectionTypes.Type, "kind", new NonNullType(query)));
        Assert.Null(Resolve(IntrospectionTypes.Type, "name", new ListType(query)));
        var visible = (IEnumerable<FieldDefinition>)Resolve(IntrospectionTypes.Type, "fields", query, ("includeDeprecated", false))!;
        Assert.Equal(["a"], visible.Select(f => f.Name));
        var all = (IEnumerable<FieldDefinition>)Resolve(IntrospectionTypes.Type, "fields", query, ("includeDeprecated", true))!;
        Assert.Equal(["a", "old"], all.Select(f => f.Name));
        var field = query.GetField("a")!;
        Assert.Empty((IEnumerable<ArgumentDefinition>)Resolve(IntrospectionTypes.Field, "args", field, ("includeDeprecated", false))!);
        Assert.Equal("3", Resolve(IntrospectionTypes.InputValue, "defaultValue", field.Arguments[0]));
        Assert.Equal(true, Resolve(IntrospectionTypes.InputValue, "isDeprecated", field.Arguments[0]));
        Assert.Equal("gone", Resolve(IntrospectionTypes.Field, "deprecationReason", query.GetField("old")!));
        Assert.Equal(true, Resolve(IntrospectionTypes.Type, "isOneOf", schema.GetType("I")!));
        Assert.Null(Resolve(IntrospectionTypes.Type, "isOneOf", query));
        var enumValues = (IEnumerable<EnumValueDefinition>)Resolve(IntrospectionTypes.Type, "enumValues", schema.GetType("E")!, ("includeDeprecated", false))!;
        Assert.Equal(["A"], enumValues.Select(v => v.Name));
        var locations = (IEnumerable<string>)Resolve(IntrospectionTypes.Directive, "locations", DirectiveDefinition.Deprecated)!;
        Assert.Equal(["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"], locations);
        Assert.Equal("\"No longer supported\"", Resolve(IntrospectionTypes.InputValue, "defaultValue", DirectiveDefinition.Deprecated.Arguments[0]));
    }

    [Fact]
    public async Task Meta_fields_resolve_schema_type_and_typename()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int }");
        var ctx = Context(schema, MetaFields.Type, null, ("name", "Query"));
        Assert.Same(schema.QueryType, await MetaFields.Type.Resolver!(ctx));
        Assert.Same(schema, await MetaFields.Schema.Resolver!(Context(schema, MetaFields.Schema, null)));
        Assert.Equal("Query", await MetaFields.TypeName.Resolver!(Context(schema, MetaFields.TypeName, null)));
    }

    private static object? Resolve(ObjectType type, string field, object source, params (string, object?)[] args)
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int }");
        var def = type.GetField(field)!;
        var result = def.Resolver!(Context(schema, def, source, args));
        Assert.True(result.IsCompletedSuccessfully, "introspection resolvers complete synchronously");
        return result.Result;
    }

    private static Execution.ResolveFieldContext Context(GraphQLSchema schema, FieldDefinition field, object? source, params (string Name, object? Value)[] args)
    {
        var map = new Dictionary<string, object?>();
        foreach (var (n, v) in args) map[n] = v;
        return new Execution.ResolveFieldContext { Source = source, FieldDefinition = field, ParentType = schema.QueryType!, Schema = schema, Arguments = map };
    }
}
