using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void One_root_field_is_fine() =>
        ExpectValid("subscription S { newDog { name } newCat @skip(if: true) { name } }", SingleFieldSubscriptionsRule.Create);

    [Fact]
    public void Extra_root_fields_are_reported_at_the_extra_fields() =>
        ExpectErrors(SingleFieldSubscriptionsRule.Create, "subscription S { newDog { name } newCat { name } newHuman { name } }",
            new Support.Expected("Subscription \"S\" must select only one top level field.", (1, 34), (1, 50)));

    [Fact]
    public void Fields_collected_through_fragments_count() =>
        ExpectErrors(SingleFieldSubscriptionsRule.Create, "subscription { ...R }\nfragment R on SubscriptionRoot { newDog { name } newCat { name } }",
            ("Anonymous Subscription must select only one top level field.", 2, 50));

    [Fact]
    public void Introspection_root_fields_are_reported() =>
        ExpectErrors(SingleFieldSubscriptionsRule.Create, "subscription S { __typename }",
            ("Subscription \"S\" must not select an introspection top level field.", 1, 18));
}
