using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Types;

/// <summary>The schema's type map, possible types and directives against graphql-js (their order is what introspection returns).</summary>
public sealed class GraphQLSchemaTests
{
    [Fact]
    public void Type_map_possible_types_and_directives_are_ordered_as_graphql_js_orders_them()
    {
        var files = SchemaOracle.SchemaFiles();
        var extra = "interface I { a: Int }\ninterface J implements I { a: Int }\ntype B implements J & I { a: Int }\ntype A implements I { a: Int }\nunion U = B | A\ntype Query { u: U f(x: Float): ID }\ndirective @z on FIELD";
        var sdls = files.Select(f => f.Sdl).Append(extra).ToList();
        var results = SchemaOracle.Run(sdls.Select(s => (object)new { op = "typeMap", sdl = s }).ToList());
        for (var i = 0; i < sdls.Count; i++)
        {
            var schema = SchemaBuilder.BuildSchema(sdls[i]);
            var expected = results[i].GetProperty("types").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Equal(expected, schema.Types.Select(t => t.Name).ToList());
            foreach (var p in results[i].GetProperty("possible").EnumerateObject())
            {
                var abstractType = schema.GetType(p.Name)!;
                Assert.Equal(p.Value.EnumerateArray().Select(e => e.GetString()!).ToList(), schema.GetPossibleTypes(abstractType).Select(t => t.Name).ToList());
            }
            var directives = results[i].GetProperty("directives").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Equal(directives, schema.Directives.Select(d => d.Name).ToList());
        }
    }

    [Fact]
    public void IsSubType_covers_union_members_and_transitive_interface_implementations()
    {
        var schema = SchemaBuilder.BuildSchema("interface I { a: Int }\ninterface J implements I { a: Int }\ntype B implements J & I { a: Int }\ntype C { a: Int }\nunion U = B\ntype Query { u: U i: I c: C }");
        NamedType i = schema.GetType("I")!, j = schema.GetType("J")!, b = schema.GetType("B")!, c = schema.GetType("C")!, u = schema.GetType("U")!;
        Assert.True(schema.IsSubType(i, j));
        Assert.True(schema.IsSubType(i, b));
        Assert.True(schema.IsSubType(u, b));
        Assert.False(schema.IsSubType(u, c));
        Assert.False(schema.IsSubType(i, c));
        Assert.Equal(["J"], schema.GetImplementingInterfaces((InterfaceType)i).Select(t => t.Name));
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, new NonNullType(b), i));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, new ListType(b), i));
        Assert.True(TypeComparators.DoTypesOverlap(schema, u, i));
        Assert.False(TypeComparators.DoTypesOverlap(schema, u, c));
    }

    [Fact]
    public void Roots_follow_the_schema_definition_or_the_conventional_names()
    {
        var custom = SchemaBuilder.BuildSchema("schema { query: Q }\ntype Q { a: Int }\ntype Mutation { b: Int }");
        Assert.Equal("Q", custom.QueryType!.Name);
        Assert.Null(custom.MutationType);
        var conventional = SchemaBuilder.BuildSchema("type Query { a: Int }\ntype Mutation { b: Int }\ntype Subscription { c: Int }");
        Assert.Equal("Mutation", conventional.GetRootType(StudyGraph.GraphQL.Language.OperationType.Mutation)!.Name);
        Assert.Equal("Subscription", conventional.SubscriptionType!.Name);
    }

    [Fact]
    public void Type_references_print_as_sdl_and_compare_structurally()
    {
        var t = new NonNullType(new ListType(new NonNullType(ScalarType.Int)));
        Assert.Equal("[Int!]!", t.ToString());
        Assert.True(GraphQLType.AreEqual(t, new NonNullType(new ListType(new NonNullType(ScalarType.Int)))));
        Assert.False(GraphQLType.AreEqual(t, new NonNullType(new ListType(ScalarType.Int))));
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(ScalarType.Int)));
    }
}
