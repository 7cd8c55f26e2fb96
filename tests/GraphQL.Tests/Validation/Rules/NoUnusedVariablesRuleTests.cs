using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Variables_used_through_fragments_are_fine() =>
        ExpectValid("query A($a: Int) { ...F } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $a) } }", NoUnusedVariablesRule.Create);

    [Fact]
    public void Unused_variables_are_reported() =>
        ExpectErrors(NoUnusedVariablesRule.Create, "query Q($a: Int, $b: Boolean!) { dog @include(if: $b) { name } }\nquery ($c: Int) { dog { name } }",
            ("Variable \"$a\" is never used in operation \"Q\".", 1, 9), ("Variable \"$c\" is never used.", 2, 8));
}
