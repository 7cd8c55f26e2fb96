using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Directives_in_their_locations_are_fine() =>
        ExpectValid("query Q($v: Int @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } } fragment F on Dog @onFragmentDefinition { name }", KnownDirectivesRule.Create);

    [Fact]
    public void Unknown_directives_are_reported() =>
        ExpectErrors(KnownDirectivesRule.Create, "{ dog @unknown { name } }", ("Unknown directive \"@unknown\".", 1, 7));

    [Fact]
    public void Misplaced_directives_name_the_location() =>
        ExpectErrors(KnownDirectivesRule.Create, "query Q @onField { dog @onQuery { name } }\nmutation M @onSubscription { renameDog(name: \"x\") { name } }",
            ("Directive \"@onField\" may not be used on QUERY.", 1, 9), ("Directive \"@onQuery\" may not be used on FIELD.", 1, 24),
            ("Directive \"@onSubscription\" may not be used on MUTATION.", 2, 12));

    [Fact]
    public void Type_system_locations_are_named_too() =>
        ExpectErrors(KnownDirectivesRule.Create, "input I { a: Int @onField } type T { f(a: Int @onQuery): Int }",
            ("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", 1, 18),
            ("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", 1, 47));
}
