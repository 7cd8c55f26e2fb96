using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Input_types_are_fine() =>
        ExpectValid("query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: OneOfInput) { dog { name } }", VariablesAreInputTypesRule.Create);

    [Fact]
    public void Output_types_are_reported_as_written() =>
        ExpectErrors(VariablesAreInputTypesRule.Create, "query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",
            ("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 13),
            ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", 1, 22),
            ("Variable \"$c\" cannot be non-input type \"Pet\".", 1, 42));
}
