using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Language.Support;

namespace StudyGraph.GraphQL.Tests.Language;

/// <summary>
/// Our parser against graphql-js 16.11.0 on the syntax corpus, the test schemas, seeded generated documents and
/// seeded mutations: same acceptance, identical printed text, same error line/column and message.
/// </summary>
public sealed class ParseDifferentialTests(ParseDifferentialFixture fixture) : IClassFixture<ParseDifferentialFixture>
{
    [Fact]
    public void Corpus_has_at_least_300_documents_and_graphql_js_agrees_with_its_labels()
    {
        var valid = SyntaxCorpus.ValidExecutable.Count + SyntaxCorpus.ValidTypeSystem.Count;
        var invalid = SyntaxCorpus.Invalid.Count;
        Assert.True(valid + invalid >= 300, $"corpus has {valid + invalid} documents");
        var special = SyntaxCorpus.Special.Count;
        var mislabeled = new List<string>();
        for (var i = 0; i < fixture.Corpus.Count; i++)
        {
            if (i >= valid + invalid && i < valid + invalid + special) continue; // special documents carry no label
            var shouldParse = i < valid || i >= valid + invalid; // the two schemas come last
            if (fixture.CorpusResults[i].Ok != shouldParse) mislabeled.Add($"#{i}: {fixture.Corpus[i]} -> {fixture.CorpusResults[i]}");
        }
        Assert.True(mislabeled.Count == 0, string.Join("\n", mislabeled));
    }

    [Fact]
    public void Corpus_exercises_every_syntax_error_kind_of_graphql_js()
    {
        string[] kinds =
        [
            "Syntax Error: Unexpected character: ", "Syntax Error: Invalid character: ", "Syntax Error: Unexpected single quote character",
            "Syntax Error: Invalid number, unexpected digit after 0: ", "Syntax Error: Invalid number, expected digit but got: ",
            "Syntax Error: Unterminated string.", "Syntax Error: Invalid character within String: ", "Syntax Error: Invalid Unicode escape sequence: ",
            "Syntax Error: Invalid character escape sequence: ", "Syntax Error: Expected Name, found ", "Syntax Error: Expected \"on\", found ",
            "Syntax Error: Expected \":\", found ", "Syntax Error: Unexpected Name ", "Syntax Error: Unexpected <EOF>.", "Syntax Error: Unexpected \"",
            "Syntax Error: Unexpected String ", "Syntax Error: Unexpected Int ", "Syntax Error: Unexpected BlockString ",
            "Syntax Error: Unexpected description, descriptions are supported only on type definitions.",
            "is reserved and cannot be used for an enum value.", "Syntax Error: Unexpected variable \"$", "Syntax Error: Document contains more that 15000 tokens.",
        ];
        var messages = fixture.CorpusResults.Where(r => !r.Ok).Select(r => r.Message ?? "").ToList();
        var missing = kinds.Where(k => !messages.Any(m => m.Contains(k, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "no corpus document produces: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Valid_corpus_uses_every_node_kind()
    {
        var seen = new HashSet<NodeKind>();
        foreach (var source in SyntaxCorpus.ValidExecutable.Concat(SyntaxCorpus.ValidTypeSystem))
        {
            AstWalker.Walk(Parser.Parse(source), new KindCollector(seen));
        }
        var unused = Enum.GetValues<NodeKind>().Where(k => !seen.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "node kinds missing from the valid corpus: " + string.Join(", ", unused));
    }

    private sealed class KindCollector(HashSet<NodeKind> seen) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            seen.Add(node.Kind);
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Corpus_parses_exactly_as_graphql_js_does()
    {
        AssertAgree(fixture.Corpus, fixture.CorpusResults);
    }

    [Fact]
    public void Generated_documents_are_valid_and_print_exactly_as_graphql_js_prints_them()
    {
        var rejected = fixture.GeneratedResults.Count(r => !r.Ok);
        Assert.True(rejected == 0, $"{rejected} generated documents were rejected by graphql-js: the generator is wrong");
        AssertAgree(fixture.Generated, fixture.GeneratedResults);
    }

    [Fact]
    public void Mutated_documents_are_accepted_or_rejected_exactly_as_graphql_js_does()
    {
        var rejected = fixture.MutatedResults.Count(r => !r.Ok);
        Assert.True(rejected > ParseDifferentialFixture.Mutated / 2, "mutations should mostly break documents");
        AssertAgree(fixture.MutatedDocuments, fixture.MutatedResults);
    }

    [Fact]
    public void Printed_output_parses_back_to_the_same_text()
    {
        foreach (var source in fixture.Corpus.Concat(fixture.Generated))
        {
            var outcome = ParseOracle.Ours(source);
            if (!outcome.Ok) continue;
            Assert.Equal(outcome.Printed, Printer.Print(Parser.Parse(outcome.Printed!)));
        }
    }

    private static void AssertAgree(IReadOnlyList<string> sources, IReadOnlyList<ParseOutcome> theirs)
    {
        var problems = ParseOracle.Disagreements(sources, theirs);
        Assert.True(problems.Count == 0, $"{problems.Count} disagreements:\n" + string.Join("\n", problems.Take(15)));
    }
}
