using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Leaves_without_and_objects_with_selections_are_fine() =>
        ExpectValid("{ dog { name mother { barks } } }", ScalarLeafsRule.Create);

    [Fact]
    public void A_leaf_with_a_selection_is_reported_at_the_selection() =>
        ExpectErrors(ScalarLeafsRule.Create, "{ dog { barks { x } } }",
            ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", 1, 15));

    [Fact]
    public void An_object_without_a_selection_is_reported() =>
        ExpectErrors(ScalarLeafsRule.Create, "{ human { pets } }",
            ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", 1, 11));
}
