using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Distinct_names_and_anonymous_operations_are_fine() =>
        ExpectValid("query A { dog { name } } query B { dog { name } } fragment A on Dog { name }", UniqueOperationNamesRule.Create);

    [Fact]
    public void A_repeated_name_is_reported_at_both_names() =>
        ExpectErrors(UniqueOperationNamesRule.Create, "query A { dog { name } }\nmutation A { renameDog(name: \"x\") { name } }",
            new Support.Expected("There can be only one operation named \"A\".", (1, 7), (2, 10)));
}
