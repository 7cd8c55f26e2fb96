using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Objects_interfaces_and_unions_are_fine() =>
        ExpectValid("{ dog { ... on Pet { name } ... on CatOrDog { __typename } ... { name } ...F } } fragment F on Dog { name }", FragmentsOnCompositeTypesRule.Create);

    [Fact]
    public void Scalars_enums_and_inputs_are_reported() =>
        ExpectErrors(FragmentsOnCompositeTypesRule.Create, "{ dog { ... on Boolean { name } ...F } }\nfragment F on ComplexInput { name }",
            ("Fragment cannot condition on non composite type \"Boolean\".", 1, 16),
            ("Fragment \"F\" cannot condition on non composite type \"ComplexInput\".", 2, 15));
}
