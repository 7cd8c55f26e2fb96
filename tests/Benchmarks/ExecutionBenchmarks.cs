using BenchmarkDotNet.Attributes;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Benchmarks;

/// <summary>
/// Execution of pre-parsed documents (parse and validation excluded, as in HotChocolate's published figures): three
/// root fields, fragments over a list of 100 objects with 5 fields each, and the full introspection query.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private GraphQLSchema _schema = null!;
    private DocumentNode _threeFields = null!;
    private DocumentNode _list = null!;
    private DocumentNode _introspection = null!;
    private object _root = null!;

    /// <summary>Builds the schema, the documents and the data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.FromSdl("""
            type Query { a: String b: Int c: Boolean items: [Item!]! }
            type Item { id: ID! name: String! price: Float score: Int tags: [String!]! }
            """).BindType<Root>("Query").BindType<Item>("Item").Build();
        var items = new List<Item>(100);
        for (var i = 0; i < 100; i++) items.Add(new Item("i" + i, "item " + i, i * 1.5, i, ["x", "y"]));
        _root = new Root("hello", 42, true, items);
        _threeFields = Parser.Parse("{ a b c }");
        _list = Parser.Parse("{ items { ...ItemFields } } fragment ItemFields on Item { id name ... on Item { price score } tags }");
        _introspection = Parser.Parse(IntrospectionQuery.Full);
    }

    /// <summary><c>{ a b c }</c>.</summary>
    [Benchmark]
    public ValueTask<ExecutionResult> ThreeFields() => Executor.ExecuteAsync(_schema, _threeFields, rootValue: _root);

    /// <summary>100 objects, 5 fields each, through a named and an inline fragment.</summary>
    [Benchmark]
    public ValueTask<ExecutionResult> ListOf100WithFragments() => Executor.ExecuteAsync(_schema, _list, rootValue: _root);

    /// <summary>graphql-js's full introspection query.</summary>
    [Benchmark]
    public ValueTask<ExecutionResult> Introspection() => Executor.ExecuteAsync(_schema, _introspection, rootValue: _root);

    /// <summary>The root value.</summary>
    public sealed record Root(string A, int B, bool C, List<Item> Items);

    /// <summary>A list item.</summary>
    public sealed record Item(string Id, string Name, double Price, int Score, string[] Tags);
}
