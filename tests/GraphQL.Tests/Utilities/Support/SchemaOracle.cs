using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Utilities.Support;

/// <summary>Runs batches of cases through graphql-js 16.11.0 (tests/oracle/graphql/schema.js, one Node process per batch).</summary>
internal static class SchemaOracle
{
    public static IReadOnlyList<JsonElement> Run(IReadOnlyList<object> cases)
    {
        var stdout = NodeOracle.Run("graphql/schema.js", JsonSerializer.Serialize(cases), TimeSpan.FromMinutes(5));
        using var doc = JsonDocument.Parse(stdout);
        var results = new List<JsonElement>();
        foreach (var item in doc.RootElement.EnumerateArray()) results.Add(item.Clone());
        Assert.Equal(cases.Count, results.Count);
        foreach (var r in results)
        {
            Assert.False(r.TryGetProperty("crash", out var crash), "oracle crashed: " + crash);
        }
        return results;
    }

    /// <summary>graphql-js's validation errors of one case as lines "message @ line:col, line:col".</summary>
    public static List<string> ErrorLines(JsonElement result)
    {
        if (result.TryGetProperty("parseError", out var pe)) return ["parse error: " + pe.GetString()];
        if (result.TryGetProperty("buildError", out var be)) return ["build error: " + be.GetString()];
        var lines = new List<string>();
        foreach (var e in result.GetProperty("errors").EnumerateArray())
        {
            var locations = new List<string>();
            foreach (var l in e.GetProperty("locations").EnumerateArray()) locations.Add($"{l[0].GetInt32()}:{l[1].GetInt32()}");
            lines.Add(e.GetProperty("message").GetString() + " @ " + string.Join(", ", locations));
        }
        return lines;
    }

    /// <summary>Our validation errors of <paramref name="sdl"/> in the same shape.</summary>
    public static List<string> OurErrorLines(string sdl)
    {
        DocumentNode doc;
        try
        {
            doc = Parser.Parse(sdl);
        }
        catch (GraphQLSyntaxException e)
        {
            return ["parse error: " + e.Error.Message];
        }
        var (_, errors) = SchemaBuilder.TryBuildSchema(doc);
        var lines = new List<string>();
        foreach (var e in errors)
        {
            var locations = new List<string>();
            foreach (var l in e.Locations ?? []) locations.Add($"{l.Line}:{l.Column}");
            lines.Add(e.Message + " @ " + string.Join(", ", locations));
        }
        return lines;
    }

    /// <summary>The SDL files of tests/GraphQL.Tests/Schemas, then the API contract (schema.graphql).</summary>
    public static IReadOnlyList<(string Name, string Sdl)> SchemaFiles()
    {
        var dir = Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Schemas");
        var files = Directory.GetFiles(dir, "*.graphql");
        Array.Sort(files, StringComparer.Ordinal);
        var list = new List<(string, string)>();
        foreach (var f in files) list.Add((Path.GetFileName(f), File.ReadAllText(f)));
        // The API contract at the repository root, when present.
        var contract = Path.Combine(RepoPaths.Root, "schema.graphql");
        if (File.Exists(contract)) list.Add(("schema.graphql", File.ReadAllText(contract)));
        return list;
    }
}
