using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_types_are_fine() =>
        ExpectValid("query Q($a: [FurColor!], $b: ComplexInput) { dog { ... on Pet { name } ...F } } fragment F on Dog { name }", KnownTypeNamesRule.Create);

    [Fact]
    public void Unknown_types_are_reported_with_suggestions() =>
        ExpectErrors(KnownTypeNamesRule.Create, "query Q($a: Intt) { dog { ... on Doge { name } ...F } }\nfragment F on JumbledUpLetters { name }",
            ("Unknown type \"Intt\". Did you mean \"Int\"?", 1, 13), ("Unknown type \"Doge\". Did you mean \"Dog\"?", 1, 34),
            ("Unknown type \"JumbledUpLetters\".", 2, 15));

    [Fact]
    public void Standard_scalars_in_type_definitions_are_known() =>
        ExpectErrors(KnownTypeNamesRule.Create, "type T { a: String b: Strin } { dog { name } }", ("Unknown type \"Strin\". Did you mean \"String\"?", 1, 23));
}
