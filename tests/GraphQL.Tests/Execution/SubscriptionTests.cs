using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>Subscriptions: events mapped through the selection set, errors per event, request errors as one result, disposal.</summary>
public sealed class SubscriptionTests
{
    private sealed class Source(int count) : IAsyncEnumerable<int>
    {
        public bool Disposed { get; private set; }

        public int Produced { get; private set; }

        public async IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 1; i <= count; i++)
                {
                    await Task.Yield();
                    Produced++;
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }

    private static GraphQLSchema Build(Source source) => SchemaBuilder.FromSdl("""
        type Query { q: Int }
        type Subscription { tick(times: Int = 1): Tick! }
        type Tick { n: Int! half: Int }
        """)
        .BindSubscription("Subscription", "tick", _ => source, ctx => ctx.Source)
        .Bind("Tick", "n", ctx => (int)ctx.Source! * ctx.GetArgument("times", 1))
        .Bind("Tick", "half", ctx => (int)ctx.Source! % 2 == 0 ? (int)ctx.Source! / 2 : throw new InvalidOperationException("odd"))
        .Build();

    private static IAsyncEnumerable<ExecutionResult> Subscribe(GraphQLSchema schema, string query)
        => Executor.SubscribeAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query) });

    [Fact]
    public async Task Each_event_is_executed_with_its_own_errors()
    {
        var source = new Source(3);
        var results = new List<string>();
        await foreach (var r in Subscribe(Build(source), "subscription { tick { n half } }")) results.Add(r.ToJson());
        Assert.Equal(3, results.Count);
        Assert.Equal("""{"errors":[{"message":"odd","locations":[{"line":1,"column":25}],"path":["tick","half"]}],"data":{"tick":{"n":1,"half":null}}}""", results[0]);
        Assert.Equal("""{"data":{"tick":{"n":2,"half":1}}}""", results[1]);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Disposing_the_results_disposes_the_source()
    {
        var source = new Source(1000);
        await using (var e = Subscribe(Build(source), "subscription { tick { n } }").GetAsyncEnumerator())
        {
            Assert.True(await e.MoveNextAsync());
            Assert.True(await e.MoveNextAsync());
        }
        Assert.True(source.Disposed);
        Assert.Equal(2, source.Produced);
    }

    [Fact]
    public async Task Errors_before_the_stream_starts_are_one_result()
    {
        var results = new List<ExecutionResult>();
        await foreach (var r in Subscribe(Build(new Source(1)), "subscription ($t: Int!) { tick(times: $t) { n } }")) results.Add(r);
        var only = Assert.Single(results);
        Assert.False(only.HasData);
        Assert.Equal("Variable \"$t\" of required type \"Int!\" was not provided.", only.Errors.Single().Message);
    }

    [Fact]
    public async Task Subscribe_resolver_that_throws_is_a_located_error()
    {
        var schema = SchemaBuilder.FromSdl("type Query { q: Int } type Subscription { s: Int }")
            .BindSubscription<int>("Subscription", "s", _ => throw new GraphQLException("not allowed", "FORBIDDEN")).Build();
        var results = new List<string>();
        await foreach (var r in Subscribe(schema, "subscription { s }")) results.Add(r.ToJson());
        Assert.Equal(["""{"errors":[{"message":"not allowed","locations":[{"line":1,"column":16}],"path":["s"],"extensions":{"code":"FORBIDDEN"}}]}"""], results);
    }
}
