using BenchmarkDotNet.Attributes;
using StudyGraph.GraphQL;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Validation;

namespace StudyGraph.Benchmarks;

/// <summary>Validation: a kitchen-sink operation document against the kitchen-sink schema, with every specified rule.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    /// <summary>A valid document using variables, fragments on interfaces and unions, directives, input objects, @oneOf, aliases and introspection.</summary>
    public const string KitchenSinkOperations = """
        query Kitchen($key: FooKey!, $term: String!, $withBar: Boolean = true, $limit: Int = 5, $sort: [SortInput!]) @everywhere(a: 1) {
          foo(key: $key) {
            ...FooFields
            bar @include(if: $withBar) { id value foo { id } }
            baz { id value }
          }
          foos(filter: {term: $term, limit: $limit, sort: $sort, status: ACTIVE, nested: {term: "n"}}, first: 3) {
            id
            status
            matrix
            self { id name }
          }
          search(term: $term) {
            __typename
            ... on Node { id }
            ... on Foo { name(upper: true) }
            ... on Bar { value }
            ... on Baz { children(first: 2) { id } }
            ... on Single2 { only }
          }
          named { id name ... on Baz { nickname ...BazFields } }
          byName: foo(key: {name: "x"}) { id }
          echo(value: {any: [1, 2]}, status: DISABLED, float: 2.5)
          __type(name: "Foo") { name fields { name type { name kind } } }
        }

        fragment FooFields on Foo {
          id
          name
          createdAt
          four(argument: "a", list: [1.5], input: {term: "t", sort: [{field: NAME, direction: DESC}]})
          union { ... on Bar { id } ... on Baz { id } }
          ...NamedFields
        }

        fragment BazFields on Baz { id name children { id } }

        fragment NamedFields on Named { id name nickname }

        mutation Create($name: String!) { createFoo(name: $name) { ...FooFields } deleteFoo(key: {id: "1"}) }

        subscription Changes($key: FooKey) { fooChanged(key: $key) { id status } }
        """;

    private GraphQLSchema _schema = null!;
    private DocumentNode _document = null!;

    /// <summary>Builds the kitchen-sink schema and parses the document once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("STUDYGRAPH_ROOT");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); string.IsNullOrEmpty(root) && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyGraph.slnx"))) root = dir.FullName;
        }
        _schema = SchemaBuilder.BuildSchema(File.ReadAllText(Path.Combine(root ?? ".", "tests", "GraphQL.Tests", "Schemas", "kitchen-sink.graphql")));
        _document = Parser.Parse(KitchenSinkOperations);
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count > 0) throw new InvalidOperationException("The benchmark document must be valid: " + errors[0]);
    }

    /// <summary>Validate the kitchen-sink document with every specified rule.</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<GraphQLError> ValidateKitchenSink() => DocumentValidator.Validate(_schema, _document);

    /// <summary>The same with the three cost limits enabled.</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateKitchenSinkWithCostLimits()
        => DocumentValidator.Validate(_schema, _document, new ValidationOptions { MaxDepth = 10, MaxAliases = 30, MaxCost = 5000 });
}
