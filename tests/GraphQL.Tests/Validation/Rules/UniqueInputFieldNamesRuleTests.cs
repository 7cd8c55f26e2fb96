using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Distinct_fields_at_each_level_are_fine() =>
        ExpectValid("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {requiredField: true}}) } }", UniqueInputFieldNamesRule.Create);

    [Fact]
    public void Repeated_fields_are_reported_against_the_first() =>
        ExpectErrors(UniqueInputFieldNamesRule.Create, "{ complicatedArgs { anyArgField(anyArg: {a: 1, b: {a: 1, a: 2}, a: 3}) } }",
            new Support.Expected("There can be only one input field named \"a\".", (1, 52), (1, 58)),
            new Support.Expected("There can be only one input field named \"a\".", (1, 42), (1, 65)));
}
