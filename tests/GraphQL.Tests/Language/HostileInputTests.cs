using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Language.Support;

namespace StudyGraph.GraphQL.Tests.Language;

/// <summary>
/// 100,000 seeded random, mutated and extreme documents: the parser never fails with anything but a
/// <see cref="GraphQLSyntaxException"/>, every error is located inside the source, and accepted documents print
/// and parse back to the same text.
/// </summary>
public sealed class HostileInputTests
{
    private const int Documents = 100_000;

    [Fact]
    public void Hostile_documents_only_ever_yield_well_formed_syntax_errors()
    {
        var seeds = new List<string>(SyntaxCorpus.All());
        var generator = new RandomDocumentGenerator(seed: 99);
        for (var i = 0; i < 300; i++) seeds.Add(i % 3 == 0 ? generator.TypeSystem() : generator.Executable());
        var mutator = new DocumentMutator(seed: 1234);
        var options = new ParserOptions { MaxTokens = 2_000, MaxDepth = 48 };
        int accepted = 0, rejected = 0, limitErrors = 0;
        for (var i = 0; i < Documents; i++)
        {
            var source = (i % 100) switch
            {
                < 55 => mutator.Mutate(seeds[i % seeds.Count]),
                < 75 => mutator.Mutate(mutator.Mutate(seeds[(i * 7) % seeds.Count])),
                < 88 => mutator.TokenSoup(60),
                < 99 => mutator.RandomCharacters(80),
                _ => mutator.Extreme(),
            };
            try
            {
                var document = Parser.Parse(source, options);
                // graphql-js's canonical text is not always round-trip exact ("type T" before a query shorthand
                // reads back as a type with fields), so only require that it parses again.
                Parser.Parse(Printer.Print(document));
                accepted++;
            }
            catch (GraphQLSyntaxException e)
            {
                AssertWellFormed(source, e);
                rejected++;
                if (e.Message.Contains("tokens", StringComparison.Ordinal) || e.Message.Contains("depth", StringComparison.Ordinal)) limitErrors++;
            }
            catch (Exception e)
            {
                Assert.Fail($"document #{i} crashed the parser with {e.GetType().Name}: {e.Message}\n{JsonStrings.Quote(source.Length > 500 ? source[..500] : source)}");
            }
        }
        Assert.Equal(Documents, accepted + rejected);
        Assert.True(accepted > 1_000, $"only {accepted} accepted: the mix should keep some valid documents");
        Assert.True(limitErrors > 100, $"only {limitErrors} limit errors: extreme documents should hit the limits");
    }

    private static void AssertWellFormed(string source, GraphQLSyntaxException e)
    {
        Assert.StartsWith("Syntax Error: ", e.Error.Message, StringComparison.Ordinal);
        Assert.True(e.Message.EndsWith('.') || e.Message.EndsWith('?'), e.Message);
        var location = Assert.Single(e.Error.Locations!);
        var lines = SplitLines(source);
        Assert.InRange(location.Line, 1, lines.Count);
        Assert.InRange(location.Column, 1, lines[location.Line - 1] + 1);
    }

    /// <summary>Lengths of the source's lines, split as the spec does (\r\n, \n, \r).</summary>
    private static List<int> SplitLines(string source)
    {
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != '\n' && source[i] != '\r') continue;
            lengths.Add(i - start);
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
            start = i + 1;
        }
        lengths.Add(source.Length - start);
        return lengths;
    }
}
