using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Defined_arguments_are_fine() =>
        ExpectValid("{ dog @skip(if: true) { doesKnowCommand(dogCommand: SIT) isAtLocation(y: 1, x: 2) } }", KnownArgumentNamesRule.Create);

    [Fact]
    public void Unknown_field_arguments_suggest_similar_names() =>
        ExpectErrors(KnownArgumentNamesRule.Create, "{ dog { doesKnowCommand(dogcommand: SIT) isHouseTrained(whatever: 1) } }",
            ("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 1, 25),
            ("Unknown argument \"whatever\" on field \"Dog.isHouseTrained\".", 1, 57));

    [Fact]
    public void Unknown_directive_arguments_are_reported() =>
        ExpectErrors(KnownArgumentNamesRule.Create, "{ dog @skip(iff: true) { name } }",
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", 1, 13));

    [Fact]
    public void Arguments_of_unknown_fields_are_left_to_the_field_rule() =>
        ExpectValid("{ nope(a: 1) dog @nope(b: 2) { name } }", KnownArgumentNamesRule.Create);
}
