using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ExpectValid("query Foo { dog { name } } fragment Frag on Dog { name }", ExecutableDefinitionsRule.Create);

    [Fact]
    public void Type_definitions_are_reported_by_name() =>
        ExpectErrors(ExecutableDefinitionsRule.Create, "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            ("The \"Cow\" definition is not executable.", 2, 1), ("The \"Dog\" definition is not executable.", 3, 1));

    [Fact]
    public void Schema_definitions_are_called_schema() =>
        ExpectErrors(ExecutableDefinitionsRule.Create, "schema { query: QueryRoot }\nextend schema @d\nquery { dog { name } }",
            ("The schema definition is not executable.", 1, 1), ("The schema definition is not executable.", 2, 1));
}
