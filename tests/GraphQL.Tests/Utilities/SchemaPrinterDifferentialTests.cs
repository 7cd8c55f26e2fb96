using System.Text.Json;
using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Utilities;

/// <summary>Prints every test schema and printing edge case with graphql-js, and graphql-js's reading of our output.</summary>
public sealed class SchemaPrinterOracleFixture
{
    public SchemaPrinterOracleFixture()
    {
        foreach (var (name, sdl) in SchemaOracle.SchemaFiles()) Cases.Add((name, sdl));
        foreach (var (name, sdl) in PrintCases.All) Cases.Add((name, sdl));
        var batch = new List<object>();
        foreach (var (_, sdl) in Cases)
        {
            string ours;
            try
            {
                ours = SchemaPrinter.Print(SchemaBuilder.BuildSchema(sdl));
            }
            catch (Exception e)
            {
                ours = "# failed: " + e.Message;
            }
            Ours.Add(ours);
            batch.Add(new { op = "print", sdl, ours });
        }
        Results = SchemaOracle.Run(batch);
    }

    public List<(string Name, string Sdl)> Cases { get; } = [];

    public List<string> Ours { get; } = [];

    public IReadOnlyList<JsonElement> Results { get; }
}

/// <summary>Our <see cref="SchemaPrinter"/> against graphql-js's printSchema(buildSchema(sdl)), byte for byte.</summary>
public sealed class SchemaPrinterDifferentialTests(SchemaPrinterOracleFixture fixture) : IClassFixture<SchemaPrinterOracleFixture>
{
    public static TheoryData<int> Indices()
    {
        var data = new TheoryData<int>();
        var count = SchemaOracle.SchemaFiles().Count + PrintCases.All.Count;
        for (var i = 0; i < count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void Printed_schema_equals_graphql_js_printSchema(int index)
    {
        var (name, _) = fixture.Cases[index];
        var expected = fixture.Results[index].GetProperty("printed").GetString();
        Assert.True(expected == fixture.Ours[index], $"{name}\n--- graphql-js\n{expected}\n--- ours\n{fixture.Ours[index]}\n--- first difference at {FirstDifference(expected!, fixture.Ours[index])}");
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void Graphql_js_reads_our_output_as_the_same_schema(int index)
    {
        var result = fixture.Results[index];
        Assert.False(result.TryGetProperty("oursError", out var error), fixture.Cases[index].Name + ": " + error);
        Assert.Equal(result.GetProperty("printed").GetString(), result.GetProperty("oursPrinted").GetString());
    }

    [Fact]
    public void The_test_schemas_include_the_kitchen_sink_and_the_large_schema()
    {
        var names = SchemaOracle.SchemaFiles().Select(f => f.Name).ToList();
        Assert.Contains("kitchen-sink.graphql", names);
        Assert.Contains("studygraph-large.graphql", names);
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
}
