using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Matching_and_defaulted_variables_are_fine() =>
        ExpectValid("query Q($a: Int!, $b: Int = 1, $c: Boolean, $d: [String!]!) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) a: nonNullIntArgField(nonNullIntArg: $b) nonNullFieldWithDefault(arg: $a) b: nonNullFieldWithDefault(arg: $b) stringListArgField(stringListArg: $d) } }", VariablesInAllowedPositionRule.Create);

    [Fact]
    public void A_nullable_variable_in_a_non_null_position_is_reported() =>
        ExpectErrors(VariablesInAllowedPositionRule.Create, "query Q($a: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }",
            new Support.Expected("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 72)));

    [Fact]
    public void A_location_default_allows_a_nullable_variable() =>
        ExpectValid("query Q($a: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $a) } }", VariablesInAllowedPositionRule.Create);

    [Fact]
    public void Wrong_types_and_list_depths_are_reported_through_fragments() =>
        ExpectErrors(VariablesInAllowedPositionRule.Create, "query Q($s: String, $l: [String]) { ...F }\nfragment F on QueryRoot { complicatedArgs { intArgField(intArg: $s) stringListNonNullArgField(stringListNonNullArg: $l) } }",
            new Support.Expected("Variable \"$s\" of type \"String\" used in position expecting type \"Int\".", (1, 9), (2, 65)),
            new Support.Expected("Variable \"$l\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 21), (2, 117)));

    [Fact]
    public void OneOf_fields_need_non_null_variables() =>
        ExpectErrors(VariablesInAllowedPositionRule.Create, "query Q($i: Int) { complicatedArgs { oneOfArgField(oneOfArg: {intField: $i}) } }",
            new Support.Expected("Variable \"$i\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (1, 73)));
}
