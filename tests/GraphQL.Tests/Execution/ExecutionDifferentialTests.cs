using System.Text.Json;
using System.Text.Json.Nodes;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.ExecutionTests.Support;
using StudyGraph.GraphQL.Types;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>
/// Differential execution against graphql-js 16 (tests/oracle/graphql/execute.js) over static data: the corpus of
/// Corpus/execution/*.txt and the full introspection query of every schema must give identical data and identical
/// errors (message, path, locations). The corpus runs twice: with synchronous resolvers (errors in graphql-js's order) and
/// with resolvers that complete later on the thread pool (concurrent siblings; errors compared as a set).
/// </summary>
public sealed class ExecutionDifferentialTests
{
    private static readonly Lazy<Dictionary<string, (GraphQLSchema Schema, object? Root)>> Schemas = new(() =>
        StaticSchemas.All.ToDictionary(s => s.Name, s => (StaticSchemas.Build(s.Sdl), StaticSchemas.Root(s.RootJson))));

    private static readonly Lazy<Dictionary<string, (GraphQLSchema Schema, object? Root)>> AsyncSchemas = new(() =>
        StaticSchemas.All.ToDictionary(s => s.Name, s => (StaticSchemas.Build(s.Sdl, asynchronous: true), StaticSchemas.Root(s.RootJson))));

    [Fact]
    public void The_corpus_has_at_least_200_valid_documents()
    {
        var cases = ExecutionCorpus.Load();
        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Corpus_results_equal_graphql_js(bool asynchronous)
    {
        var cases = ExecutionCorpus.Load();
        var expected = RunOracle(cases.Select(c => (object)new
        {
            schema = c.Schema,
            query = c.Query,
            variables = c.Variables,
            operationName = c.OperationName,
        }).ToList());
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var oracle = expected[i];
            if (oracle.TryGetProperty("exception", out var ex)) { failures.Add($"{c}: graphql-js threw {ex}"); continue; }
            if (oracle.TryGetProperty("validationErrors", out var ve)) { failures.Add($"{c}: invalid document: {ve}"); continue; }
            var (schema, root) = asynchronous ? AsyncSchemas.Value[c.Schema] : Schemas.Value[c.Schema];
            var vars = c.Variables is { } v ? v.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value) : null;
            var result = await Executor.ExecuteAsync(schema, Parser.Parse(c.Query), c.OperationName, vars, root);
            var diff = Compare(oracle.GetProperty("result"), result, orderedErrors: !asynchronous);
            if (diff is not null) failures.Add($"{c}: {diff}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} differ:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Full_introspection_query_equals_graphql_js_on_every_schema()
    {
        var names = StaticSchemas.All.Select(s => s.Name).ToList();
        var expected = RunOracle(names.Select(n => (object)new { schema = n, introspection = true }).ToList());
        var query = IntrospectionQuery.Full;
        for (var i = 0; i < names.Count; i++)
        {
            var (schema, root) = Schemas.Value[names[i]];
            var result = await Executor.ExecuteAsync(schema, Parser.Parse(query), rootValue: root);
            var oracle = expected[i].GetProperty("result");
            Assert.Contains("__Schema", oracle.GetRawText());
            // Byte for byte: same keys, same order, same values.
            Assert.Equal(JsonNode.Parse(oracle.GetRawText())!.ToJsonString(), JsonNode.Parse(result.ToJson())!.ToJsonString());
        }
    }

    private static string Sorted(string errorsJson)
        => "[" + string.Join(",", JsonNode.Parse(errorsJson)!.AsArray().Select(e => e!.ToJsonString()).Order(StringComparer.Ordinal)) + "]";

    internal static List<JsonElement> RunOracle(List<object> cases)
    {
        var input = JsonSerializer.Serialize(new
        {
            schemas = StaticSchemas.All.ToDictionary(s => s.Name, s => new { sdl = s.Sdl, root = JsonDocument.Parse(s.RootJson).RootElement }),
            cases,
        });
        var output = NodeOracle.Run("graphql/execute.js", input);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }

    private static string? Compare(JsonElement oracle, ExecutionResult result, bool orderedErrors)
    {
        var ours = JsonDocument.Parse(result.ToJson()).RootElement;
        var hasData = oracle.TryGetProperty("data", out var data);
        if (hasData != result.HasData) return $"data present: graphql-js {hasData}, ours {result.HasData}";
        if (hasData && !JsonNode.DeepEquals(JsonNode.Parse(data.GetRawText()), JsonNode.Parse(ours.GetProperty("data").GetRawText())))
            return $"data differs:\n  graphql-js: {data.GetRawText()}\n  ours:       {ours.GetProperty("data").GetRawText()}";
        var expectedErrors = oracle.TryGetProperty("errors", out var e) ? e.GetRawText() : "[]";
        var actualErrors = ours.TryGetProperty("errors", out var a) ? a.GetRawText() : "[]";
        if (!orderedErrors)
        {
            // Concurrent resolvers record errors in completion order: compare them as a set.
            expectedErrors = Sorted(expectedErrors);
            actualErrors = Sorted(actualErrors);
        }
        if (!JsonNode.DeepEquals(JsonNode.Parse(expectedErrors), JsonNode.Parse(actualErrors)))
            return $"errors differ:\n  graphql-js: {expectedErrors}\n  ours:       {actualErrors}";
        return null;
    }
}
