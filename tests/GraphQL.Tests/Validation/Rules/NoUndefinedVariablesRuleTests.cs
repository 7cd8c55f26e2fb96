using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Variables_defined_by_every_operation_are_fine() =>
        ExpectValid("query A($a: Int) { ...F } query B($a: Int) { ...F } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $a) } }", NoUndefinedVariablesRule.Create);

    [Fact]
    public void An_undefined_variable_is_reported_at_the_use_and_the_operation() =>
        ExpectErrors(NoUndefinedVariablesRule.Create, "query Q { complicatedArgs { intArgField(intArg: $x) } }",
            new Support.Expected("Variable \"$x\" is not defined by operation \"Q\".", (1, 49), (1, 1)));

    [Fact]
    public void Variables_in_fragments_are_reported_per_operation() =>
        ExpectErrors(NoUndefinedVariablesRule.Create, "query A($a: Int) { ...F }\n{ ...F }\nfragment F on QueryRoot { complicatedArgs { intArgField(intArg: $a) } }",
            new Support.Expected("Variable \"$a\" is not defined.", (3, 65), (2, 1)));
}
