using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Distinct_variables_are_fine() =>
        ExpectValid("query A($x: Int, $y: Int) { dog { name } } query B($x: Int) { dog { name } }", UniqueVariableNamesRule.Create);

    [Fact]
    public void Repeated_variables_are_reported_once_per_name_at_every_use() =>
        ExpectErrors(UniqueVariableNamesRule.Create, "query Q($x: Int, $y: Int, $x: String, $x: Int, $y: Int) { dog { name } }",
            new Support.Expected("There can be only one variable named \"$x\".", (1, 10), (1, 28), (1, 40)),
            new Support.Expected("There can be only one variable named \"$y\".", (1, 19), (1, 49)));
}
