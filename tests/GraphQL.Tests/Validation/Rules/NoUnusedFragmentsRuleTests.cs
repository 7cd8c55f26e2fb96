using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Fragments_used_through_other_fragments_are_fine() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }", NoUnusedFragmentsRule.Create);

    [Fact]
    public void Fragments_no_operation_reaches_are_reported() =>
        ExpectErrors(NoUnusedFragmentsRule.Create, "{ dog { name } }\nfragment A on Dog { ...B }\nfragment B on Dog { name }",
            ("Fragment \"A\" is never used.", 2, 1), ("Fragment \"B\" is never used.", 3, 1));
}
