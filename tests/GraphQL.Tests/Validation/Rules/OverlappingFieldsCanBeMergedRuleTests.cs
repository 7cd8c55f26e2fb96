using System.Text;
using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Identical_fields_and_arguments_in_any_order_merge() =>
        ExpectValid("{ dog { name name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }",
            OverlappingFieldsCanBeMergedRule.Create);

    [Fact]
    public void Different_fields_under_one_name_are_reported() =>
        ExpectErrors(OverlappingFieldsCanBeMergedRule.Create, "{ dog { fido: name fido: nickname } }",
            new Support.Expected("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 20)));

    [Fact]
    public void Differing_arguments_are_reported() =>
        ExpectErrors(OverlappingFieldsCanBeMergedRule.Create, "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand } }",
            new Support.Expected("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));

    [Fact]
    public void Distinct_object_parents_may_select_different_fields() =>
        ExpectValid("{ catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } }", OverlappingFieldsCanBeMergedRule.Create);

    [Fact]
    public void Distinct_object_parents_may_not_return_conflicting_types() =>
        ExpectErrors(OverlappingFieldsCanBeMergedRule.Create, "{ catOrDog { ... on Dog { y: barkVolume } ... on Cat { y: meows } } }",
            new Support.Expected("Fields \"y\" conflict because they return conflicting types \"Int\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 56)));

    [Fact]
    public void Sub_field_conflicts_name_the_path_and_every_field() =>
        ExpectErrors(OverlappingFieldsCanBeMergedRule.Create, "{ dog { mother { x: name y: barks } mother { x: nickname y: name } } }",
            new Support.Expected("Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                (1, 9), (1, 18), (1, 26), (1, 37), (1, 46), (1, 58)));

    [Fact]
    public void Conflicts_through_fragments_are_found() =>
        ExpectErrors(OverlappingFieldsCanBeMergedRule.Create, "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: nickname }",
            new Support.Expected("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)));

    [Fact]
    public void Fragment_heavy_documents_stay_polynomial()
    {
        // 60 fragments each spreading every later one and selecting the same fields: naive comparison is exponential.
        var sb = new StringBuilder("{ dog { ...F0 } }\n");
        const int count = 60;
        for (var i = 0; i < count; i++)
        {
            sb.Append("fragment F").Append(i).Append(" on Dog { name mother { name } ");
            for (var j = i + 1; j < count && j < i + 8; j++) sb.Append("...F").Append(j).Append(' ');
            sb.Append("}\n");
        }
        var errors = Validate(sb.ToString(), OverlappingFieldsCanBeMergedRule.Create);
        Assert.Empty(errors);
    }
}
