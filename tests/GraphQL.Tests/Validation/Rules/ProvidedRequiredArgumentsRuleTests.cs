using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Required_arguments_given_and_defaults_are_fine() =>
        ExpectValid("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } dog @skip(if: true) { name } }", ProvidedRequiredArgumentsRule.Create);

    [Fact]
    public void Missing_field_arguments_are_reported_at_the_field() =>
        ExpectErrors(ProvidedRequiredArgumentsRule.Create, "{ complicatedArgs { multipleReqs(req2: 2) nonNullStringListArgField } }",
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 1, 21),
            ("Field \"nonNullStringListArgField\" argument \"list\" of type \"[String]!\" is required, but it was not provided.", 1, 43));

    [Fact]
    public void Missing_directive_arguments_are_reported_at_the_directive() =>
        ExpectErrors(ProvidedRequiredArgumentsRule.Create, "{ dog @include @d { name } }\ndirective @d(a: [Int!]!) on FIELD",
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 7),
            ("Directive \"@d\" argument \"a\" of type \"[Int!]!\" is required, but it was not provided.", 1, 16));
}
