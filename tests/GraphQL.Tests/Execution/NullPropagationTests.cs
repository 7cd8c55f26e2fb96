using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Tests.ExecutionTests.Support;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>Spec 6.4.4: a null in a non-null position nulls the nearest nullable parent, with one error at the deepest path.</summary>
public sealed class NullPropagationTests
{
    private static readonly Lazy<GraphQLSchema> Schema = new(() => SchemaBuilder.FromSdl("""
        type Query { a: A b: A! items: [A!] strict: [A!]! other: String }
        type A { x: String! y: String child: A! }
        """)
        .Bind("Query", "a", _ => new Dictionary<string, object?> { ["x"] = null, ["y"] = "y" })
        .Bind("Query", "b", _ => new Dictionary<string, object?> { ["x"] = "x", ["child"] = new Dictionary<string, object?> { ["x"] = null } })
        .Bind("Query", "items", _ => new object?[] { new Dictionary<string, object?> { ["x"] = "1" }, null })
        .Bind("Query", "strict", _ => new object?[] { null })
        .Bind("Query", "other", _ => "o")
        .Build());

    [Fact]
    public async Task Non_null_field_nulls_its_nullable_parent()
    {
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field A.x.","locations":[{"line":1,"column":7}],"path":["a","x"]}],"data":{"a":null,"other":"o"}}""",
            await Exec.Json(Schema.Value, "{ a { x y } other }"));
    }

    [Fact]
    public async Task Propagation_through_non_null_chain_reaches_data()
    {
        var result = await Exec.Run(Schema.Value, "{ b { child { x } } other }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["b", "child", "x"], result.Errors.Single().Path!);
    }

    [Fact]
    public async Task Null_item_in_non_null_list_nulls_the_nullable_list()
    {
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.items.","locations":[{"line":1,"column":3}],"path":["items",1]}],"data":{"items":null}}""",
            await Exec.Json(Schema.Value, "{ items { x } }"));
    }

    [Fact]
    public async Task Request_error_has_no_data_but_field_error_at_root_has_null_data()
    {
        var request = await Exec.Run(Schema.Value, "query ($v: Int!) { other }", "{}");
        Assert.False(request.HasData);
        Assert.DoesNotContain("\"data\"", request.ToJson());
        var root = await Exec.Run(Schema.Value, "{ strict { x } }");
        Assert.True(root.HasData);
        Assert.Contains("\"data\":null", root.ToJson());
    }

    [Fact]
    public async Task Resolver_exception_with_code_sets_extensions()
    {
        var schema = SchemaBuilder.FromSdl("type Query { f: Int }")
            .Bind("Query", "f", _ => throw new GraphQLException("nope", "FORBIDDEN")).Build();
        Assert.Equal("""{"errors":[{"message":"nope","locations":[{"line":1,"column":3}],"path":["f"],"extensions":{"code":"FORBIDDEN"}}],"data":{"f":null}}""",
            await Exec.Json(schema, "{ f }"));
    }
}
