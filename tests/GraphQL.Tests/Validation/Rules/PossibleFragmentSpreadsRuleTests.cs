using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Overlapping_types_are_fine() =>
        ExpectValid("{ dog { ... on Pet { name } ... on CatOrDog { __typename } ...P } pet { ... on Dog { barks } } } fragment P on Being { name }", PossibleFragmentSpreadsRule.Create);

    [Fact]
    public void Disjoint_inline_fragments_are_reported() =>
        ExpectErrors(PossibleFragmentSpreadsRule.Create, "{ dog { ... on Cat { meows } } }",
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 1, 9));

    [Fact]
    public void Disjoint_named_fragments_are_reported() =>
        ExpectErrors(PossibleFragmentSpreadsRule.Create, "{ human { ...P } }\nfragment P on Pet { name }",
            ("Fragment \"P\" cannot be spread here as objects of type \"Human\" can never be of type \"Pet\".", 1, 11));

    [Fact]
    public void Abstract_types_without_common_members_are_reported() =>
        ExpectErrors(PossibleFragmentSpreadsRule.Create, "{ catOrDog { ... on HumanOrAlien { __typename } } }",
            ("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", 1, 14));
}
