using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Literals_of_the_right_types_are_fine() =>
        ExpectValid("{ complicatedArgs { intArgField(intArg: 1) floatArgField(floatArg: 1) idArgField(idArg: 1) enumArgField(enumArg: TAN) stringListArgField(stringListArg: \"single\") anyArgField(anyArg: {x: [1]}) complexArgField(complexArg: {requiredField: false}) } }", ValuesOfCorrectTypeRule.Create);

    [Fact]
    public void Built_in_scalars_report_their_own_message() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { intArgField(intArg: \"3\") stringArgField(stringArg: 1) booleanArgField(booleanArg: 1.5) } }",
            ("Int cannot represent non-integer value: \"3\"", 1, 41), ("String cannot represent a non string value: 1", 1, 72),
            ("Boolean cannot represent a non boolean value: 1.5", 1, 103));

    [Fact]
    public void Out_of_range_ints_are_reported() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            ("Int cannot represent non 32-bit signed integer value: 2147483648", 1, 41));

    [Fact]
    public void Enum_values_suggest_the_right_case() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { enumArgField(enumArg: brown) a: enumArgField(enumArg: \"TAN\") } }",
            ("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", 1, 43),
            ("Enum \"FurColor\" cannot represent non-enum value: \"TAN\". Did you mean the enum value \"TAN\"?", 1, 75));

    [Fact]
    public void Null_in_a_non_null_position_is_reported() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            ("Expected value of type \"Int!\", found null.", 1, 55));

    [Fact]
    public void Input_objects_report_missing_and_unknown_fields() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { complexArgField(complexArg: {intField: 1, stringListFeld: []}) } }",
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 49),
            ("Field \"stringListFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringListField\" or \"stringField\"?", 1, 63));

    [Fact]
    public void Non_object_values_for_input_objects_are_reported() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { complexArgField(complexArg: \"x\") } }",
            ("Expected value of type \"ComplexInput\", found \"x\".", 1, 49));

    [Fact]
    public void OneOf_literals_need_exactly_one_non_null_field() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "{ complicatedArgs { a: oneOfArgField(oneOfArg: {stringField: \"a\", intField: 1}) b: oneOfArgField(oneOfArg: {intField: null}) } }",
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", 1, 48),
            ("Field \"OneOfInput.intField\" must be non-null.", 1, 108));

    [Fact]
    public void OneOf_fields_given_nullable_variables_are_reported() =>
        ExpectErrors(ValuesOfCorrectTypeRule.Create, "query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }",
            ("Variable \"s\" must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", 1, 65));

    [Fact]
    public void Custom_scalar_failures_are_prefixed_with_the_expected_type()
    {
        // A deliberate difference (docs/graphql-differences.md): graphql-js's SDL-built DateTime accepts any literal.
        var errors = Validate("{ echo(at: \"yesterday\") }", ValuesOfCorrectTypeRule.Create, Support.ValidationOracle.Schema("kitchen-sink"));
        Compare(errors, [("Expected value of type \"DateTime\", found \"yesterday\"; DateTime cannot represent an invalid date-time string: \"yesterday\"", 1, 12)]);
    }
}
