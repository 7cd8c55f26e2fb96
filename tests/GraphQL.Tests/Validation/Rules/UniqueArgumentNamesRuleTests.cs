using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_fine() =>
        ExpectValid("{ dog @skip(if: false) { isAtLocation(x: 1, y: 2) } }", UniqueArgumentNamesRule.Create);

    [Fact]
    public void Repeated_arguments_are_reported_at_every_occurrence() =>
        ExpectErrors(UniqueArgumentNamesRule.Create, "{ dog @skip(if: true, if: false) { isAtLocation(x: 1, x: 2, x: 3) } }",
            new Support.Expected("There can be only one argument named \"if\".", (1, 13), (1, 23)),
            new Support.Expected("There can be only one argument named \"x\".", (1, 49), (1, 55), (1, 61)));
}
