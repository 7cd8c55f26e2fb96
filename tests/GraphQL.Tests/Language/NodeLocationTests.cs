using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Language.Support;

namespace StudyGraph.GraphQL.Tests.Language;

/// <summary>
/// Every node's line and column must be those of its start offset, counted as graphql-js's getLocation counts
/// (validation and execution errors report these), across comments, CRLF, CR, BOMs and multi-line block strings.
/// </summary>
public sealed class NodeLocationTests
{
    private sealed class Checker(string source, List<string> problems) : AstVisitor
    {
        public int Nodes { get; private set; }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            Nodes++;
            var loc = node.Location;
            var expected = LineColumn(source, loc.Start);
            if ((loc.Line, loc.Column) != expected || loc.End < loc.Start || loc.End > source.Length)
            {
                problems.Add($"{node.Kind} at {loc} expected {expected} in {JsonStrings.Quote(source)}");
            }
            return VisitAction.Continue;
        }
    }

    private static (int Line, int Column) LineColumn(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
            if (source[i] is '\n' or '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, position + 1 - lineStart);
    }

    [Fact]
    public void Node_locations_match_their_start_offsets_across_corpus_and_generated_documents()
    {
        var sources = new List<string>(SyntaxCorpus.ValidExecutable);
        sources.AddRange(SyntaxCorpus.ValidTypeSystem);
        var generator = new RandomDocumentGenerator(seed: 5);
        for (var i = 0; i < 400; i++) sources.Add(i % 2 == 0 ? generator.Executable() : generator.TypeSystem());
        var problems = new List<string>();
        var nodes = 0;
        foreach (var source in sources)
        {
            var checker = new Checker(source, problems);
            foreach (var definition in Parser.Parse(source).Definitions) AstWalker.Walk(definition, checker);
            nodes += checker.Nodes;
        }
        Assert.True(nodes > 10_000, $"only {nodes} nodes checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Node_text_spans_from_first_to_last_token()
    {
        const string source = "query Q($v: [Int!] = [1]) { alias: f(a: {b: \"c\"}) @d(e: 1) { g } ...F }";
        var op = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        string Text(AstNode n) => source[n.Location.Start..n.Location.End];
        Assert.Equal(source, Text(op));
        Assert.Equal("$v: [Int!] = [1]", Text(op.VariableDefinitions[0]));
        Assert.Equal("[Int!]", Text(op.VariableDefinitions[0].Type));
        var field = (FieldNode)op.SelectionSet.Selections[0];
        Assert.Equal("alias: f(a: {b: \"c\"}) @d(e: 1) { g }", Text(field));
        Assert.Equal("{b: \"c\"}", Text(field.Arguments[0].Value));
        Assert.Equal("@d(e: 1)", Text(field.Directives[0]));
        Assert.Equal("...F", Text(op.SelectionSet.Selections[1]));
    }
}
