using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Defined_and_meta_fields_are_fine() =>
        ExpectValid("{ __typename __schema { queryType { name } } dog { name __typename } catOrDog { __typename } }", FieldsOnCorrectTypeRule.Create);

    [Fact]
    public void A_typo_suggests_similar_fields() =>
        ExpectErrors(FieldsOnCorrectTypeRule.Create, "{ dog { barkVolumes } }",
            ("Cannot query field \"barkVolumes\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 9));

    [Fact]
    public void A_field_of_some_possible_types_suggests_inline_fragments() =>
        ExpectErrors(FieldsOnCorrectTypeRule.Create, "{ pet { nickname } catOrDog { name } }",
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", 1, 9),
            ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", 1, 31));

    [Fact]
    public void Unknown_fields_without_suggestions() =>
        ExpectErrors(FieldsOnCorrectTypeRule.Create, "{ dog { __type(name: \"x\") { name } zzz } }",
            ("Cannot query field \"__type\" on type \"Dog\".", 1, 9), ("Cannot query field \"zzz\" on type \"Dog\".", 1, 36));
}
