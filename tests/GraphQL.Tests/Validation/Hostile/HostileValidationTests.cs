using System.Text;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Validation.Support;
using StudyGraph.GraphQL.Validation;

namespace StudyGraph.GraphQL.Tests.Validation.Hostile;

public sealed class HostileValidationTests
{
    private static readonly ValidationOptions WithLimits = new() { MaxDepth = 8, MaxAliases = 50, MaxCost = 500 };

    // Balanced fragments of syntax, so most mutations still parse and reach the validator.
    private static readonly string[] Insertions =
    [
        "...F0", "...Frag0", "... on Dog { name }", "... on Being { name }", "... { __typename }", "__typename", "name", "dog { name }",
        "a: name", "a: dog { barks }", "nope { x }", "human(id: $v0) { name }", "x: complicatedArgs { intArgField(intArg: \"s\") }",
        "@skip(if: $v0)", "@include(if: true)", "@include", "@onField", "@onQuery", "@deprecated", "@repeatableTag @repeatableTag",
        "(first: 3)", "(bogus: 1)", "(id: null)", "$flag0", "$v0", "null", "[1, 2]", "{a: 1}", "\"s\"", "1.5", "SIT", "2147483648",
    ];

    [Fact]
    public void Ten_thousand_mutated_documents_never_throw_and_give_well_formed_bounded_errors()
    {
        var random = new Random(424242);
        var seeds = new List<(string Schema, string Source)>();
        foreach (var name in ValidationOracle.SchemaNames)
        {
            var generator = new RandomDocumentGenerator(ValidationOracle.Schema(name), 7, mistakeRate: 0.02);
            for (var i = 0; i < 40; i++) seeds.Add((name, generator.Next()));
        }
        var parsed = 0;
        var invalid = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var (schemaName, source) = seeds[random.Next(seeds.Count)];
            var mutated = Mutate(source, random, 1 + random.Next(2));
            DocumentNode document;
            try
            {
                document = Parser.Parse(mutated);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }
            parsed++;
            var errors = DocumentValidator.Validate(ValidationOracle.Schema(schemaName), document, WithLimits);
            if (errors.Count > 0) invalid++;
            Assert.True(errors.Count <= WithLimits.MaxErrors + 1, mutated);
            foreach (var e in errors)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message), mutated);
                Assert.NotNull(e.Extensions?["code"]);
                foreach (var l in e.Locations ?? []) Assert.True(l.Line >= 1 && l.Column >= 1, mutated);
            }
        }
        // The mutations must reach the validator in both outcomes.
        Assert.True(parsed > 2_000, $"only {parsed} mutated documents parsed");
        Assert.True(invalid > 500 && invalid < parsed, $"{invalid} of {parsed} invalid");
    }

    [Fact]
    public void A_fragment_chain_of_maximum_length_is_validated_without_recursing_per_fragment_on_the_stack()
    {
        // 1,200 fragments spreading the next one (close to the 15,000-token limit), each with a conflicting alias.
        var sb = new StringBuilder("{ dog { ...F0 } }\n");
        const int count = 1200;
        for (var i = 0; i < count; i++) sb.Append("fragment F").Append(i).Append(" on Dog { x: name ...F").Append(i + 1).Append(" }\n");
        sb.Append("fragment F").Append(count).Append(" on Dog { x: barks }\n");
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(sb.ToString()), WithLimits);
        Assert.Contains(errors, e => e.Message.StartsWith("Fields \"x\" conflict because \"name\" and \"barks\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => (string?)e.Extensions?["code"] == "MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public void Thousands_of_identical_fields_are_compared_without_blowing_up()
    {
        var sb = new StringBuilder("{ dog { ");
        for (var i = 0; i < 3000; i++) sb.Append(i % 500 == 0 ? "name: nickname " : "name ");
        sb.Append("} }");
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(sb.ToString()));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void A_dense_fragment_graph_finishes()
    {
        // Every fragment spreads every later one: the pair caches keep this at fragments squared comparisons.
        var sb = new StringBuilder("{ dog { ...F0 a: name } }\n");
        const int count = 120;
        for (var i = 0; i < count; i++)
        {
            sb.Append("fragment F").Append(i).Append(" on Dog { a: name mother { a: name } ");
            for (var j = i + 1; j < count; j++) sb.Append("...F").Append(j).Append(' ');
            sb.Append("}\n");
        }
        var document = Parser.Parse(sb.ToString(), new ParserOptions { MaxTokens = 100_000 });
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.TestSchema, document));
    }

    private static string Mutate(string source, Random random, int times)
    {
        var words = source.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var text = source;
        for (var t = 0; t < times; t++)
        {
            var spaces = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == ' ') spaces.Add(i);
            }
            if (spaces.Count == 0) return text + " " + Insertions[random.Next(Insertions.Length)];
            var at = spaces[random.Next(spaces.Count)];
            switch (random.Next(7))
            {
                case 0:
                    // Insert a balanced piece of syntax between two tokens.
                    text = text.Insert(at, " " + Insertions[random.Next(Insertions.Length)]);
                    break;
                case 1:
                    {
                        // Replace the token after a space with any token of the document (names, keywords, punctuation).
                        var end = text.IndexOf(' ', at + 1);
                        if (end < 0) end = text.Length;
                        text = text[..(at + 1)] + words[random.Next(words.Length)] + text[end..];
                        break;
                    }
                case 2:
                    {
                        // Delete one token.
                        var end = text.IndexOf(' ', at + 1);
                        if (end < 0) end = text.Length;
                        text = text.Remove(at, end - at);
                        break;
                    }
                case 3:
                    // Repeat the whole document: duplicate operations and fragments.
                    text = text + "\n" + text;
                    break;
                default:
                    // Insert again: the mutation that most often keeps the document parseable.
                    text = text.Insert(at, " " + Insertions[random.Next(Insertions.Length)]);
                    break;
            }
        }
        return text;
    }
}
