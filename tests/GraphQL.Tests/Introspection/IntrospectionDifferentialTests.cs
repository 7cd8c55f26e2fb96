using System.Text.Json;
using System.Text.Json.Nodes;
using StudyGraph.GraphQL.Tests.Introspection.Support;
using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Introspection;

/// <summary>
/// The full introspection query over our resolvers against graphql-js's introspectionFromSchema for every test schema:
/// identical JSON (type order, descriptions, default values, deprecation, specifiedByURL, isRepeatable, isOneOf).
/// </summary>
public sealed class IntrospectionDifferentialTests
{
    [Fact]
    public async Task Introspection_of_every_test_schema_equals_graphql_js()
    {
        var schemas = SchemaOracle.SchemaFiles().Select(f => (f.Name, f.Sdl)).Concat(PrintCases.All).ToList();
        var results = SchemaOracle.Run(schemas.Select(s => (object)new { op = "introspection", sdl = s.Sdl }).ToList());
        var failures = new List<string>();
        for (var i = 0; i < schemas.Count; i++)
        {
            var expected = JsonNode.Parse(results[i].GetProperty("data").GetRawText());
            var actual = await IntrospectionWalker.Run(SchemaBuilder.BuildSchema(schemas[i].Sdl));
            // Byte-for-byte: the same keys in the same order, the same values.
            var e = expected!.ToJsonString();
            var a = actual.ToJsonString();
            Assert.Contains("\"name\":\"__Schema\"", e);
            if (e != a) failures.Add($"{schemas[i].Name}: first difference at {FirstDifference(e, a)}\n  graphql-js: {Around(e, FirstDifference(e, a))}\n  ours:       {Around(a, FirstDifference(e, a))}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i]) return i;
        }
        return n;
    }

    private static string Around(string s, int at) => s.Substring(Math.Max(0, at - 120), Math.Min(240, s.Length - Math.Max(0, at - 120)));
}
