using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Validation;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Validation.Support;

/// <summary>One document to validate against a named schema.</summary>
public sealed record ValidationCase(string Schema, string Source, string Origin);

/// <summary>
/// Validates a whole corpus with graphql-js (tests/oracle/graphql/validate.js, one Node process) and with our
/// validator, and lists every disagreement: verdict, message or location.
/// </summary>
public static class ValidationOracle
{
    private static readonly Dictionary<string, Lazy<(string Sdl, GraphQLSchema Schema)>> Schemas = new()
    {
        ["test"] = Load(ValidationHarness.TestSchemaPath),
        ["kitchen-sink"] = Load(Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Schemas", "kitchen-sink.graphql")),
        ["studygraph-large"] = Load(Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Schemas", "studygraph-large.graphql")),
    };

    /// <summary>The schema names a case may use.</summary>
    public static IReadOnlyCollection<string> SchemaNames => Schemas.Keys;

    /// <summary>The built schema named <paramref name="name"/>.</summary>
    public static GraphQLSchema Schema(string name) => Schemas[name].Value.Schema;

    /// <summary>Every disagreement between graphql-js and us over <paramref name="cases"/> (empty when they agree).</summary>
    public static List<string> Disagreements(IReadOnlyList<ValidationCase> cases, out int invalidCount)
    {
        var theirs = GraphQLJs(cases);
        var problems = new List<string>();
        invalidCount = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var ours = Ours(c);
            if (IsKnownGraphQLJsCrash(theirs[i])) continue;
            if (theirs[i] != ours)
                problems.Add($"--- {c.Origin} [{c.Schema}]\n{c.Source}\n  graphql-js: {theirs[i]}\n  ours:       {ours}");
            if (theirs[i] != "[]") invalidCount++;
        }
        return problems;
    }

    /// <summary>
    /// graphql-js throws instead of reporting for two inputs (docs/graphql-differences.md, validation section):
    /// a subscription whose root selection uses <c>@skip</c>/<c>@include</c> with a variable or an invalid or missing
    /// <c>if</c>, and a <c>@oneOf</c>
    /// field given a variable the operation does not define. We report the other rules' errors there.
    /// </summary>
    public static bool IsKnownGraphQLJsCrash(string outcome)
        => outcome.StartsWith("crash: Argument \"if\" ", StringComparison.Ordinal)
           || outcome.StartsWith("crash: Cannot read properties of undefined (reading 'type')", StringComparison.Ordinal);

    /// <summary>Our outcome in the oracle's shape: sorted "message @ line:column" lines, or "parse error"/"crash: ...".</summary>
    public static string Ours(ValidationCase c)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(c.Source);
        }
        catch (GraphQLSyntaxException)
        {
            return "parse error";
        }
        try
        {
            var errors = DocumentValidator.Validate(Schema(c.Schema), document);
            return Format(errors.Select(ValidationHarness.Describe));
        }
        catch (Exception e)
        {
            return "crash: " + e.GetType().Name + ": " + e.Message;
        }
    }

    private static List<string> GraphQLJs(IReadOnlyList<ValidationCase> cases)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("schemas");
            foreach (var (name, schema) in Schemas) w.WriteString(name, schema.Value.Sdl);
            w.WriteEndObject();
            w.WriteStartArray("cases");
            foreach (var c in cases)
            {
                w.WriteStartObject();
                w.WriteString("schema", c.Schema);
                w.WriteString("source", c.Source);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var stdout = NodeOracle.Run("graphql/validate.js", System.Text.Encoding.UTF8.GetString(stream.ToArray()), TimeSpan.FromMinutes(5));
        using var doc = JsonDocument.Parse(stdout);
        var results = new List<string>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            if (item.TryGetProperty("parseError", out _)) results.Add("parse error");
            else if (item.TryGetProperty("crash", out var crash)) results.Add("crash: " + crash.GetString());
            else
            {
                results.Add(Format(item.GetProperty("errors").EnumerateArray().Select(e =>
                    e.GetProperty("message").GetString() + " @ " +
                    string.Join(" ", e.GetProperty("locations").EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}")))));
            }
        }
        Assert.Equal(cases.Count, results.Count);
        return results;
    }

    private static string Format(IEnumerable<string> errors)
    {
        var list = errors.ToList();
        list.Sort(StringComparer.Ordinal);
        return "[" + string.Join(" | ", list) + "]";
    }

    private static Lazy<(string, GraphQLSchema)> Load(string path) => new(() =>
    {
        var sdl = File.ReadAllText(path);
        return (sdl, SchemaBuilder.BuildSchema(sdl));
    });
}
