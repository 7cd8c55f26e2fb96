using System.Collections;
using System.Globalization;
using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Utilities;

/// <summary>Literal coercion (<see cref="ValueFromAst.TryCoerce"/>) against graphql-js's valueFromAST.</summary>
public sealed class ValueFromAstDifferentialTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        scalar JSON
        input Point { x: Float! y: Float = 0 label: String }
        input Shape { points: [Point!]! color: Color = RED tags: [String] }
        input Pick @oneOf { a: Int b: String }
        type Query { a: Int b: ID }
        """;

    private static readonly (string Type, string Literal)[] Cases =
    [
        ("Int", "1"), ("Int", "1.5"), ("Int", "\"1\""), ("Int", "2147483648"), ("Int", "null"), ("Int!", "null"), ("Float", "1"),
        ("Float", "-1.25e3"), ("String", "\"s\""), ("String", "1"), ("ID", "1"), ("ID", "\"x\""), ("ID", "1.5"), ("Boolean", "true"),
        ("Color", "RED"), ("Color", "\"RED\""), ("Color", "BLUE"), ("[Int]", "1"), ("[Int]", "[1, null, 3]"), ("[Int!]", "[1, null]"),
        ("[[Int]]", "[[1], 2]"), ("[[Int]]", "1"), ("[Int]", "null"), ("[Int]!", "null"),
        ("Point", "{x: 1}"), ("Point", "{y: 2}"), ("Point", "{x: 1, y: null, label: \"p\"}"), ("Point", "{x: 1, z: 3}"), ("Point", "[{x: 1}]"),
        ("Shape", "{points: {x: 1}}"), ("Shape", "{points: [{x: 1}, {x: 2, y: 3}], color: GREEN, tags: \"t\"}"), ("Shape", "{points: []}"),
        ("Pick", "{a: 1}"), ("Pick", "{a: 1, b: \"x\"}"), ("Pick", "{a: null}"), ("Pick", "{}"),
        ("JSON", "{a: [1, \"b\", {c: null}], d: ENUMISH}"), ("JSON", "1.5"),
        ("Int", "$v"), ("Int!", "$n"), ("Int", "$missing"), ("[Int]", "[1, $missing, $v]"), ("[Int!]", "[$missing]"),
        ("Point", "{x: $v, y: $missing}"), ("Point", "{x: $missing}"), ("JSON", "{a: $v, b: $missing}"),
    ];

    [Fact]
    public void Literals_coerce_exactly_as_graphql_js_valueFromAST_does()
    {
        var variables = new Dictionary<string, object?> { ["v"] = 7, ["n"] = null };
        var results = SchemaOracle.Run(Cases.Select(c => (object)new { op = "valueFromAST", sdl = Sdl, type = c.Type, literal = c.Literal, variables }).ToList());
        var schema = SchemaBuilder.BuildSchema(Sdl);
        var disagreements = new List<string>();
        for (var i = 0; i < Cases.Length; i++)
        {
            var (typeRef, literal) = Cases[i];
            var type = Resolve(schema, Parser.ParseType(typeRef));
            var ok = ValueFromAst.TryCoerce(Parser.ParseValue(literal), type, variables, out var value);
            var expected = results[i];
            var agree = expected.TryGetProperty("undefined", out _) ? !ok : ok && Same(expected.GetProperty("value"), value);
            if (!agree) disagreements.Add($"{typeRef} <- {literal}: graphql-js {expected} ours {(ok ? JsonSerializer.Serialize(value) : "undefined")}");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static GraphQLType Resolve(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nn => new NonNullType(Resolve(schema, nn.Type)),
        ListTypeNode l => new ListType(Resolve(schema, l.Type)),
        NamedTypeNode n => schema.GetType(n.Name.Value)!,
        _ => throw new InvalidOperationException(),
    };

    private static bool Same(JsonElement expected, object? actual)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null: return actual is null;
            case JsonValueKind.True: return actual is true;
            case JsonValueKind.False: return actual is false;
            case JsonValueKind.String: return actual is string s && s == expected.GetString();
            case JsonValueKind.Number: return actual is int or long or double && Convert.ToDouble(actual, CultureInfo.InvariantCulture) == expected.GetDouble();
            case JsonValueKind.Array:
                {
                    if (actual is not IList list || list.Count != expected.GetArrayLength()) return false;
                    var i = 0;
                    foreach (var item in expected.EnumerateArray())
                    {
                        if (!Same(item, list[i++])) return false;
                    }
                    return true;
                }
            case JsonValueKind.Object:
                {
                    if (actual is not IReadOnlyDictionary<string, object?> map) return false;
                    var keys = expected.EnumerateObject().Select(p => p.Name).ToList();
                    if (!keys.SequenceEqual(map.Keys)) return false; // same fields in the same order
                    foreach (var p in expected.EnumerateObject())
                    {
                        if (!Same(p.Value, map[p.Name])) return false;
                    }
                    return true;
                }
            default: return false;
        }
    }
}
