using BenchmarkDotNet.Attributes;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.Benchmarks;

/// <summary>Parsing: graphql-js's style of kitchen-sink query document, and our kitchen-sink schema (SDL).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    /// <summary>An executable kitchen sink: every operation type, variables, fragments, directives, all value kinds.</summary>
    public const string KitchenSinkQuery = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id,
            ... on User @onInlineFragment {
              field2 {
                id,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null),
          query
        }

        query { __typename }
        """";

    private string _schema = "";

    /// <summary>Loads tests/GraphQL.Tests/Schemas/kitchen-sink.graphql.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("STUDYGRAPH_ROOT");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); string.IsNullOrEmpty(root) && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyGraph.slnx"))) root = dir.FullName;
        }
        _schema = File.ReadAllText(Path.Combine(root ?? ".", "tests", "GraphQL.Tests", "Schemas", "kitchen-sink.graphql"));
    }

    /// <summary>Parse the kitchen-sink query document.</summary>
    [Benchmark(Baseline = true)]
    public DocumentNode ParseKitchenSinkQuery() => Parser.Parse(KitchenSinkQuery);

    /// <summary>Parse the kitchen-sink schema (SDL with descriptions, extensions, directives).</summary>
    [Benchmark]
    public DocumentNode ParseKitchenSinkSchema() => Parser.Parse(_schema);

    /// <summary>Print the parsed kitchen-sink query back to canonical text.</summary>
    [Benchmark]
    public string PrintKitchenSinkQuery() => Printer.Print(Parser.Parse(KitchenSinkQuery));
}
