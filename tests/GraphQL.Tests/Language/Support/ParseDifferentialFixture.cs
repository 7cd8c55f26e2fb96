namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>
/// Everything the parse differential suite compares, sent to graphql-js in ONE Node process: the syntax corpus,
/// the test schemas, seeded generated documents and seeded mutations of both.
/// </summary>
public sealed class ParseDifferentialFixture
{
    public const int GeneratedExecutable = 1500;
    public const int GeneratedTypeSystem = 1000;
    public const int Mutated = 4000;

    public ParseDifferentialFixture()
    {
        Corpus = SyntaxCorpus.All();
        var generator = new RandomDocumentGenerator(seed: 20211026);
        var generated = new List<string>();
        for (var i = 0; i < GeneratedExecutable; i++) generated.Add(generator.Executable());
        for (var i = 0; i < GeneratedTypeSystem; i++) generated.Add(generator.TypeSystem());
        Generated = generated;
        var mutator = new DocumentMutator(seed: 7);
        var mutated = new List<string>();
        for (var i = 0; i < Mutated; i++)
        {
            mutated.Add(mutator.Mutate(i % 2 == 0 ? Corpus[i % Corpus.Count] : Generated[i % Generated.Count]));
        }
        MutatedDocuments = mutated;
        var all = new List<string>(Corpus);
        all.AddRange(Generated);
        all.AddRange(MutatedDocuments);
        var results = ParseOracle.GraphQLJs(all, maxTokens: 15_000);
        CorpusResults = Slice(results, 0, Corpus.Count);
        GeneratedResults = Slice(results, Corpus.Count, Generated.Count);
        MutatedResults = Slice(results, Corpus.Count + Generated.Count, MutatedDocuments.Count);
    }

    internal IReadOnlyList<string> Corpus { get; }

    internal IReadOnlyList<string> Generated { get; }

    internal IReadOnlyList<string> MutatedDocuments { get; }

    internal IReadOnlyList<ParseOutcome> CorpusResults { get; }

    internal IReadOnlyList<ParseOutcome> GeneratedResults { get; }

    internal IReadOnlyList<ParseOutcome> MutatedResults { get; }

    private static List<ParseOutcome> Slice(IReadOnlyList<ParseOutcome> all, int start, int count)
    {
        var list = new List<ParseOutcome>(count);
        for (var i = start; i < start + count; i++) list.Add(all[i]);
        return list;
    }
}
