using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Tests.ExecutionTests.Support;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>Variable coercion (spec 6.1.2) as a table: input JSON -> the coerced arguments a resolver sees, or the request error.</summary>
public sealed class VariableCoercionTests
{
    private static readonly Lazy<GraphQLSchema> Schema = new(() => SchemaBuilder.FromSdl("""
        enum Color { RED GREEN }
        input In { n: Int! s: String = "d" l: [Int] }
        input One @oneOf { a: Int b: String }
        type Query { f(i: Int, l: [Int], n: In, c: Color, o: One, r: Int! = 1): String }
        """).Bind("Query", "f", ctx => StaticSchemas.Stringify(ctx.Arguments)).Build());

    [Theory]
    [InlineData("$i: Int", "i: $i", """{"i": 3}""", """{"data":{"f":"{\"i\":3,\"r\":1}"}}""")]
    [InlineData("$i: Int", "i: $i", """{"i": null}""", """{"data":{"f":"{\"i\":null,\"r\":1}"}}""")]
    [InlineData("$i: Int", "i: $i", "{}", """{"data":{"f":"{\"r\":1}"}}""")]
    [InlineData("$i: Int = 5", "i: $i", "{}", """{"data":{"f":"{\"i\":5,\"r\":1}"}}""")]
    [InlineData("$i: Int = 5", "i: $i", """{"i": null}""", """{"data":{"f":"{\"i\":null,\"r\":1}"}}""")]
    [InlineData("$l: [Int]", "l: $l", """{"l": 7}""", """{"data":{"f":"{\"l\":[7],\"r\":1}"}}""")]
    [InlineData("$n: In", "n: $n", """{"n": {"n": 1}}""", """{"data":{"f":"{\"n\":{\"n\":1,\"s\":\"d\"},\"r\":1}"}}""")]
    [InlineData("$c: Color", "c: $c", """{"c": "GREEN"}""", """{"data":{"f":"{\"c\":\"GREEN\",\"r\":1}"}}""")]
    [InlineData("$o: One", "o: $o", """{"o": {"b": "x"}}""", """{"data":{"f":"{\"o\":{\"b\":\"x\"},\"r\":1}"}}""")]
    [InlineData("$i: Int", "i: $i", """{"i": "x"}""",
        """{"errors":[{"message":"Variable \"$i\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("$i: Int!", "i: $i", "{}",
        """{"errors":[{"message":"Variable \"$i\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("$i: Int!", "i: $i", """{"i": null}""",
        """{"errors":[{"message":"Variable \"$i\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("$n: In", "n: $n", """{"n": {"n": 1, "z": 2}}""",
        """{"errors":[{"message":"Variable \"$n\" got invalid value { n: 1, z: 2 }; Field \"z\" is not defined by type \"In\". Did you mean \"l\", \"n\", or \"s\"?","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("$n: In", "n: $n", """{"n": {"n": 1, "l": [1, "x"]}}""",
        """{"errors":[{"message":"Variable \"$n\" got invalid value \"x\" at \"n.l[1]\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("$o: One", "o: $o", """{"o": {"a": 1, "b": "x"}}""",
        """{"errors":[{"message":"Variable \"$o\" got invalid value { a: 1, b: \"x\" }; Exactly one key must be specified for OneOf type \"One\".","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("$c: Color", "c: $c", """{"c": "BLUE"}""",
        """{"errors":[{"message":"Variable \"$c\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":8}]}]}""")]
    public async Task Coerces_variables_like_graphql_js(string definition, string argument, string variables, string expected)
    {
        var json = await Exec.Json(Schema.Value, $"query ({definition}) {{ f({argument}) }}", variables);
        Assert.Equal(expected, json);
    }

    [Fact]
    public async Task A_missing_required_argument_with_a_missing_variable_is_a_field_error_at_the_argument()
    {
        var json = await Exec.Json(SchemaBuilder.FromSdl("type Query { f(r: Int!): Int }").Bind("Query", "f", _ => 1).Build(),
            "query ($v: Int) { f(r: $v) }", "{}");
        Assert.Equal("""{"errors":[{"message":"Argument \"r\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.","locations":[{"line":1,"column":24}],"path":["f"]}],"data":{"f":null}}""", json);
    }
}
