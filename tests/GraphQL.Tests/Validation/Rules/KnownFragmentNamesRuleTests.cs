using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Defined_fragments_are_fine() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { name }", KnownFragmentNamesRule.Create);

    [Fact]
    public void Unknown_fragments_are_reported_at_the_name() =>
        ExpectErrors(KnownFragmentNamesRule.Create, "{ dog { ...A ...Missing } }\nfragment A on Dog { ...Other }",
            ("Unknown fragment \"Missing\".", 1, 17), ("Unknown fragment \"Other\".", 2, 24));
}
