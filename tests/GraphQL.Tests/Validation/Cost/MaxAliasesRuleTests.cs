using System.Text;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Validation;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Cost;

public sealed class MaxAliasesRuleTests
{
    [Fact]
    public void Aliases_in_fragments_count_once_per_spread()
    {
        const string query = "query Q { a: dog { ...F } b: dog { ...F } }\nfragment F on Dog { x: name y: barks }";
        Assert.Empty(Validate(query, options: new ValidationOptions { Rules = [], MaxAliases = 6 }));
        var error = Assert.Single(Validate(query, options: new ValidationOptions { Rules = [], MaxAliases = 5 }));
        Assert.Equal("The operation \"Q\" uses 6 aliases, more than the maximum of 5.", error.Message);
        Assert.Equal("MAX_ALIASES_EXCEEDED", error.Extensions!["code"]);
    }

    [Fact]
    public void An_alias_flood_is_reported_with_every_rule_running()
    {
        var sb = new StringBuilder("{ ");
        for (var i = 0; i < 10_000; i++) sb.Append('a').Append(i).Append(": __typename ");
        sb.Append('}');
        var document = Parser.Parse(sb.ToString(), new ParserOptions { MaxTokens = 100_000 });
        var errors = DocumentValidator.Validate(TestSchema, document, new ValidationOptions { MaxAliases = 100 });
        var error = Assert.Single(errors);
        Assert.Equal("The anonymous operation uses 10000 aliases, more than the maximum of 100.", error.Message);
    }

    [Fact]
    public void Exponential_fragment_fan_out_saturates_instead_of_overflowing()
    {
        // Each fragment spreads the next one twice: 2^70 aliases in all, counted without walking them.
        var sb = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 70; i++) sb.Append("fragment F").Append(i).Append(" on Dog { x: name ...F").Append(i + 1).Append(" mother { ...F").Append(i + 1).Append(" } }\n");
        sb.Append("fragment F70 on Dog { name }\n");
        var error = Assert.Single(Validate(sb.ToString(), options: new ValidationOptions { Rules = [], MaxAliases = 1000 }));
        Assert.Contains($"uses {long.MaxValue} aliases", error.Message, StringComparison.Ordinal);
    }
}
