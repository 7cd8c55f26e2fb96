using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Repeatable_and_distinct_directives_are_fine() =>
        ExpectValid("{ dog @skip(if: false) @include(if: true) @repeatableTag @repeatableTag { name } cat @skip(if: false) { name } }", UniqueDirectivesPerLocationRule.Create);

    [Fact]
    public void A_repeated_directive_is_reported_against_the_first() =>
        ExpectErrors(UniqueDirectivesPerLocationRule.Create, "{ dog @skip(if: true) @skip(if: false) @skip(if: true) { name } }",
            new Support.Expected("The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 23)),
            new Support.Expected("The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 40)));

    [Fact]
    public void Type_extensions_share_the_location_of_their_type() =>
        ExpectErrors(UniqueDirectivesPerLocationRule.Create, "scalar S @specifiedBy(url: \"a\")\nextend scalar S @specifiedBy(url: \"b\")",
            new Support.Expected("The directive \"@specifiedBy\" can only be used once at this location.", (1, 10), (2, 17)));
}
