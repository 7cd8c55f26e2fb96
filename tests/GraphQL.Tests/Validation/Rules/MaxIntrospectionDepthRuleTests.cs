using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void The_standard_introspection_shape_is_fine() =>
        ExpectValid("{ __schema { types { fields { type { fields { name } } } } } }", MaxIntrospectionDepthRule.Create);

    [Fact]
    public void Three_nested_list_fields_are_reported_at_the_root_field() =>
        ExpectErrors(MaxIntrospectionDepthRule.Create, "{ __type(name: \"Dog\") { interfaces { interfaces { interfaces { name } } } } }",
            ("Maximum introspection depth exceeded", 1, 3));

    [Fact]
    public void A_fragment_cycle_is_cut_rather_than_followed() =>
        ExpectValid("{ __schema { types { ...T } } }\nfragment T on __Type { fields { type { ...T } } }", MaxIntrospectionDepthRule.Create);

    [Fact]
    public void Depth_counts_through_fragments() =>
        ExpectErrors(MaxIntrospectionDepthRule.Create, "{ __schema { types { ...A } } }\nfragment A on __Type { fields { type { ...B } } }\nfragment B on __Type { fields { type { possibleTypes { name } } } }",
            ("Maximum introspection depth exceeded", 1, 3));
}
