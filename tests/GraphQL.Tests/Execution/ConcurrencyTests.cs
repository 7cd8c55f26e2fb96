using StudyGraph.GraphQL.Tests.ExecutionTests.Support;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>Query siblings overlap, mutation root fields run strictly in order, and cancellation stops resolving.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Query_siblings_run_concurrently()
    {
        // Each resolver waits until both have started: this only completes when they overlap.
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int> Resolve()
        {
            if (Interlocked.Increment(ref started) == 2) bothStarted.SetResult();
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return 1;
        }
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
            .Bind("Query", "a", _ => Resolve()).Bind("Query", "b", _ => Resolve()).Build();
        Assert.Equal("""{"data":{"a":1,"b":1}}""", await Exec.Json(schema, "{ a b }"));
    }

    [Fact]
    public async Task Mutation_root_fields_run_in_order()
    {
        var log = new List<string>();
        var gate = new object();
        Func<StudyGraph.GraphQL.Execution.ResolveFieldContext, Task<string>> Step(string name, int delayMs) => async ctx =>
        {
            lock (gate) log.Add("start " + name);
            await Task.Delay(delayMs);
            lock (gate) log.Add("end " + name);
            return name;
        };
        var schema = SchemaBuilder.FromSdl("type Query { q: Int } type Mutation { a: String b: String c: String }")
            .Bind("Mutation", "a", Step("a", 30)).Bind("Mutation", "b", Step("b", 1)).Bind("Mutation", "c", Step("c", 10)).Build();
        Assert.Equal("""{"data":{"c":"c","a":"a","b":"b"}}""", await Exec.Json(schema, "mutation { c a b }"));
        Assert.Equal(["start c", "end c", "start a", "end a", "start b", "end b"], log);
    }

    [Fact]
    public async Task Cancellation_stops_resolving()
    {
        using var cts = new CancellationTokenSource();
        var calls = 0;
        var schema = SchemaBuilder.FromSdl("type Query { first: Int second: Int }")
            .Bind("Query", "first", async ctx =>
            {
                Interlocked.Increment(ref calls);
                cts.Cancel();
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return 1;
            })
            .Bind("Query", "second", _ => { Interlocked.Increment(ref calls); return 2; })
            .Build();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Exec.Run(schema, "{ first second }", cancellationToken: cts.Token));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Already_cancelled_request_runs_no_resolver()
    {
        var calls = 0;
        var schema = SchemaBuilder.FromSdl("type Query { f: Int }").Bind("Query", "f", _ => ++calls).Build();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Exec.Run(schema, "{ f }", cancellationToken: new CancellationToken(true)));
        Assert.Equal(0, calls);
    }
}
