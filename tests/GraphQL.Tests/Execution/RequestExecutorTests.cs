using StudyGraph.GraphQL.Types;
using System.Text.Json;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>The request pipeline: prepare (parse, validate, select), the document cache (hits, LRU bound), execute with JSON variables.</summary>
public sealed class RequestExecutorTests
{
    private static readonly Lazy<GraphQLSchema> Schema = new(() => SchemaBuilder.FromSdl("""
        type Query { hello(name: String = "you"): String }
        type Mutation { bump: Int }
        """)
        .Bind("Query", "hello", ctx => "hi " + ctx.GetArgument<string>("name"))
        .Bind("Mutation", "bump", _ => 1)
        .Build());

    [Fact]
    public async Task Prepares_once_and_executes_with_json_variables()
    {
        var executor = new GraphQLRequestExecutor(Schema.Value);
        var query = "query ($n: String) { hello(name: $n) }";
        var first = executor.Prepare(query);
        var second = executor.Prepare(query);
        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Same(first.Operation!.Document, second.Operation!.Document);
        Assert.Equal(1, executor.Cache.Hits);
        Assert.Equal(OperationType.Query, first.Operation.OperationType);
        var vars = JsonDocument.Parse("""{"n": "Ada"}""").RootElement;
        var result = await executor.ExecuteAsync(first.Operation, vars);
        Assert.Equal("""{"data":{"hello":"hi Ada"}}""", result.ToJson());
    }

    [Fact]
    public void Reports_syntax_validation_and_operation_errors()
    {
        var executor = new GraphQLRequestExecutor(Schema.Value);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", executor.Prepare("{").Errors.Single().Message);
        Assert.Contains("Cannot query field \"nope\" on type \"Query\".", executor.Prepare("{ nope }").Errors.Single().Message);
        Assert.Equal("Unknown operation named \"C\".", executor.Prepare("query A { hello } query B { hello }", "C").Errors.Single().Message);
        Assert.Equal(OperationType.Mutation, executor.Prepare("query A { hello } mutation B { bump }", "B").Operation!.OperationType);
        // Invalid documents are cached too: the second lookup is a hit with the same errors.
        Assert.False(executor.Prepare("{ nope }").IsSuccess);
        Assert.Equal(1, executor.Cache.Hits);
    }

    [Fact]
    public void Cache_is_bounded_and_evicts_least_recently_used()
    {
        var executor = new GraphQLRequestExecutor(Schema.Value, new RequestExecutorOptions { DocumentCacheSize = 2 });
        executor.Prepare("{ a: hello }");
        executor.Prepare("{ b: hello }");
        executor.Prepare("{ a: hello }"); // hit: a is now most recent
        executor.Prepare("{ c: hello }"); // evicts b
        Assert.Equal(2, executor.Cache.Count);
        executor.Prepare("{ a: hello }");
        Assert.Equal(2, executor.Cache.Hits);
        executor.Prepare("{ b: hello }");
        Assert.Equal(2, executor.Cache.Hits);
    }

    [Fact]
    public void Parser_limits_come_from_the_options()
    {
        var executor = new GraphQLRequestExecutor(Schema.Value, new RequestExecutorOptions { Parser = new ParserOptions { MaxTokens = 5 } });
        Assert.False(executor.Prepare("{ a: hello b: hello c: hello }").IsSuccess);
        Assert.True(executor.Prepare("{ hello }").IsSuccess);
    }

    [Fact]
    public async Task Writes_utf8_json_in_graphql_js_key_order()
    {
        var executor = new GraphQLRequestExecutor(Schema.Value);
        var result = await executor.ExecuteAsync("{ z: hello a: hello(name: \"é\\\"\") }");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        var parsed = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("data");
        Assert.Equal(["z", "a"], parsed.EnumerateObject().Select(p => p.Name));
        Assert.Equal("hi é\"", parsed.GetProperty("a").GetString());
    }
}
