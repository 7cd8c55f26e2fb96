using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Utilities.Support;

namespace StudyGraph.GraphQL.Tests.Utilities;

/// <summary>Seeded mutants of the test schemas: our SDL and type-system validation reports exactly graphql-js's errors.</summary>
public sealed class SchemaValidationFuzzTests
{
    [Fact]
    public void Mutated_schemas_get_exactly_the_errors_graphql_js_reports()
    {
        var sources = SchemaOracle.SchemaFiles().Select(f => f.Sdl).Concat(InvalidSchemas.Valid.Select(v => v.Sdl)).ToList();
        var mutants = SdlMutator.Mutate(sources, 400, seed: 20261122);
        var results = SchemaOracle.Run(mutants.Select(m => (object)new { op = "validate", sdl = m }).ToList());
        var compared = 0;
        var withErrors = 0;
        var disagreements = new List<string>();
        for (var i = 0; i < mutants.Count; i++)
        {
            if (results[i].TryGetProperty("parseError", out _)) continue; // parse agreement is the parser's differential suite
            try
            {
                Parser.Parse(mutants[i]);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }
            compared++;
            var expected = SchemaOracle.ErrorLines(results[i]);
            if (expected.Count > 0) withErrors++;
            var actual = SchemaOracle.OurErrorLines(mutants[i]);
            if (!expected.SequenceEqual(actual))
                disagreements.Add($"mutant #{i}\n  graphql-js: {string.Join("\n              ", expected)}\n  ours:       {string.Join("\n              ", actual)}");
        }
        Assert.True(compared >= 250, $"only {compared} mutants parsed");
        Assert.True(withErrors >= 150, $"only {withErrors} mutants were invalid: the mutator is too gentle");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {compared} disagree:\n" + string.Join("\n", disagreements.Take(10)));
    }
}
