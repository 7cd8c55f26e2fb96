using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void One_anonymous_operation_alone_is_fine() =>
        ExpectValid("{ dog { name } } fragment F on Dog { name }", LoneAnonymousOperationRule.Create);

    [Fact]
    public void An_anonymous_operation_beside_another_is_reported() =>
        ExpectErrors(LoneAnonymousOperationRule.Create, "{ dog { name } }\nquery B { dog { name } }\n{ cat { name } }",
            ("This anonymous operation must be the only defined operation.", 1, 1),
            ("This anonymous operation must be the only defined operation.", 3, 1));
}
