using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Tests.ExecutionTests.Support;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.ExecutionTests;

/// <summary>Per-request batch loading: one batch call per level, cache hits make no call, batch errors become field errors.</summary>
public sealed class DataLoaderTests
{
    private sealed class Fixture
    {
        public List<IReadOnlyList<int>> Batches { get; } = [];

        public GraphQLSchema Schema { get; }

        public Fixture(bool failBatches = false)
        {
            Schema = SchemaBuilder.FromSdl("""
                type Query { items(n: Int!): [Item!]! same: [Item!]! }
                type Item { id: Int! owner: Owner }
                type Owner { id: Int! name: String boss: Owner }
                """)
                .Bind("Query", "items", ctx => Enumerable.Range(0, ctx.GetArgument<int>("n")).Select(i => new Item(i)).ToList())
                .Bind("Query", "same", _ => new[] { new Item(1), new Item(1), new Item(2) })
                .Bind("Item", "owner", ctx => Load(ctx, ((Item)ctx.Source!).Id % 10, failBatches))
                .Bind("Owner", "boss", ctx => Load(ctx, 100 + ((Owner)ctx.Source!).Id, failBatches))
                .Build();
        }

        private Task<Owner> Load(ResolveFieldContext ctx, int key, bool fail) => ctx.GetDataLoader<int, Owner>("owners", async (keys, ct) =>
        {
            lock (Batches) Batches.Add(keys);
            await Task.Yield();
            if (fail) throw new InvalidOperationException("owners unavailable");
            return keys.ToDictionary(k => k, k => new Owner(k, "o" + k));
        }).LoadAsync(key);
    }

    private sealed record Item(int Id);

    private sealed record Owner(int Id, string Name);

    [Fact]
    public async Task Hundred_items_load_in_one_batch()
    {
        var f = new Fixture();
        var result = await Exec.Run(f.Schema, "{ items(n: 100) { id owner { id name } } }");
        Assert.Empty(result.Errors);
        Assert.Single(f.Batches);
        Assert.Equal(10, f.Batches[0].Count); // keys are deduplicated: 100 items, ten owners
        Assert.Contains("\"owner\":{\"id\":7,\"name\":\"o7\"}", result.ToJson());
    }

    [Fact]
    public async Task Two_nested_levels_make_two_batches()
    {
        var f = new Fixture();
        var result = await Exec.Run(f.Schema, "{ items(n: 100) { owner { boss { id } } } }");
        Assert.Empty(result.Errors);
        Assert.True(f.Batches.Count == 2, string.Join(" | ", f.Batches.Select(b => string.Join(",", b))));
        Assert.Equal(Enumerable.Range(100, 10), f.Batches[1].Order());
    }

    [Fact]
    public async Task Cached_keys_make_no_call()
    {
        var f = new Fixture();
        await Exec.Run(f.Schema, "{ same { owner { id } } }");
        Assert.Single(f.Batches);
        Assert.Equal([1, 2], f.Batches[0]);
        // The cache is per request: the second query of the same user context loads nothing new.
        var context = new Dictionary<string, object?>();
        await Exec.Run(f.Schema, "{ same { owner { id } } }", userContext: context);
        await Exec.Run(f.Schema, "{ a: same { owner { name } } }", userContext: context);
        Assert.True(f.Batches.Count == 2, string.Join(" | ", f.Batches.Select(b => string.Join(",", b))));
    }

    [Fact]
    public async Task Batch_errors_become_field_errors()
    {
        var f = new Fixture(failBatches: true);
        var result = await Exec.Run(f.Schema, "{ items(n: 3) { id owner { id } } }");
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("owners unavailable", e.Message));
        Assert.Equal(["items", 2, "owner"], result.Errors[2].Path!);
        Assert.Contains("{\"id\":2,\"owner\":null}", result.ToJson());
    }

    [Fact]
    public async Task A_synchronous_batch_whose_continuation_creates_another_loader_does_not_break_dispatch()
    {
        // The "owners" batch completes synchronously; the awaiting resolver then asks a second, new loader. Dispatching
        // must not be enumerating the registry while that happens (it threw "Collection was modified").
        var schema = SchemaBuilder.FromSdl("type Query { items(n: Int!): [Item!]! } type Item { id: Int! label: String }")
            .Bind("Query", "items", ctx => Enumerable.Range(0, ctx.GetArgument<int>("n")).Select(i => new Item(i)).ToList())
            .Bind("Item", "label", async ctx =>
            {
                var id = ((Item)ctx.Source!).Id;
                var owner = await ctx.GetDataLoader<int, Owner>("sync-owners", (keys, _) =>
                    Task.FromResult<IReadOnlyDictionary<int, Owner>>(keys.ToDictionary(k => k, k => new Owner(k, "o" + k)))).LoadAsync(id);
                var name = await ctx.GetDataLoader<int, string>("names-" + id, (keys, _) =>
                    Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "n" + k))).LoadAsync(owner.Id);
                return owner.Name + "/" + name;
            })
            .Build();
        var result = await Exec.Run(schema, "{ items(n: 20) { id label } }");
        Assert.Empty(result.Errors);
        Assert.Contains("\"label\":\"o19/n19\"", result.ToJson());
    }
}
