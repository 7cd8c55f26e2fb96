using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Distinct_fragment_names_are_fine() =>
        ExpectValid("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { barks }", UniqueFragmentNamesRule.Create);

    [Fact]
    public void A_repeated_fragment_name_is_reported_at_both_names() =>
        ExpectErrors(UniqueFragmentNamesRule.Create, "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { barks }",
            new Support.Expected("There can be only one fragment named \"A\".", (2, 10), (3, 10)));
}
