using System.Text.Json;
using StudyGraph.GraphQL.Tests.Utilities.Support;

namespace StudyGraph.GraphQL.Tests.Utilities;

/// <summary>Runs every invalid and valid SDL of <see cref="InvalidSchemas"/> through graphql-js once.</summary>
public sealed class SchemaValidationOracleFixture
{
    public SchemaValidationOracleFixture()
    {
        var cases = new List<object>();
        foreach (var (_, sdl) in InvalidSchemas.All) cases.Add(new { op = "validate", sdl });
        foreach (var (_, sdl) in InvalidSchemas.Valid) cases.Add(new { op = "validate", sdl });
        Results = SchemaOracle.Run(cases);
    }

    public IReadOnlyList<JsonElement> Results { get; }
}

/// <summary>
/// Type-system validation against graphql-js 16.11.0 (validateSDL, then buildASTSchema + validateSchema):
/// the same messages, in the same order, with the same locations, for one SDL per rule.
/// </summary>
public sealed class SchemaValidationDifferentialTests(SchemaValidationOracleFixture fixture) : IClassFixture<SchemaValidationOracleFixture>
{
    public static TheoryData<int> InvalidCases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < InvalidSchemas.All.Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_schema_errors_match_graphql_js(int index)
    {
        var (rule, sdl) = InvalidSchemas.All[index];
        var expected = SchemaOracle.ErrorLines(fixture.Results[index]);
        var actual = SchemaOracle.OurErrorLines(sdl);
        Assert.True(expected.Count > 0, $"{rule}: graphql-js accepts it, the table is wrong");
        Assert.True(expected.SequenceEqual(actual), $"{rule}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    [Fact]
    public void Valid_schemas_are_accepted_by_both()
    {
        var offset = InvalidSchemas.All.Count;
        for (var i = 0; i < InvalidSchemas.Valid.Count; i++)
        {
            var (name, sdl) = InvalidSchemas.Valid[i];
            Assert.True(SchemaOracle.ErrorLines(fixture.Results[offset + i]).Count == 0, name + ": graphql-js rejects it");
            var ours = SchemaOracle.OurErrorLines(sdl);
            Assert.True(ours.Count == 0, name + ": " + string.Join("; ", ours));
        }
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = SchemaOracle.OurErrorLines("type Query { a: Strin b: Nope }\ntype Query { c: Int }\ndirective @d on FIELD\ndirective @d on FIELD");
        Assert.Equal(4, errors.Count);
    }
}
