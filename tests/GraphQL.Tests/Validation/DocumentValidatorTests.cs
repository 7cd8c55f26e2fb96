using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Validation;
using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void A_valid_document_has_no_errors() =>
        ExpectValid("query Q($id: ID) { human(id: $id) { name pets { ... on Dog { barks } } } }");

    [Fact]
    public void Spec_rule_errors_carry_the_validation_code()
    {
        var error = Assert.Single(Validate("{ dog { nope } }"));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Extensions!["code"]);
    }

    [Fact]
    public void Errors_stop_at_the_cap_with_graphql_js_s_message()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => "f" + i)) + " }";
        var errors = Validate(query, options: new ValidationOptions { MaxErrors = 10 });
        Assert.Equal(11, errors.Count);
        Assert.All(errors.Take(10), e => Assert.StartsWith("Cannot query field", e.Message, StringComparison.Ordinal));
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[10].Message);
        Assert.Null(errors[10].Locations);
    }

    [Fact]
    public void The_default_cap_is_one_hundred()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => "f" + i)) + " }";
        Assert.Equal(101, Validate(query).Count);
    }

    [Fact]
    public void Errors_come_in_rule_order_within_a_node() =>
        ExpectErrors("query Q($a: Dog) { dog @onQuery { name(surname: 1) } }",
            ("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 13),
            ("Directive \"@onQuery\" may not be used on FIELD.", 1, 24),
            ("Boolean cannot represent a non boolean value: 1", 1, 49),
            ("Variable \"$a\" is never used in operation \"Q\".", 1, 9));

    [Fact]
    public void Custom_rule_lists_run_only_their_rules() =>
        Assert.Empty(Validate("{ dog { nope } }", options: new ValidationOptions { Rules = [ScalarLeafsRule.Create] }));

    [Fact]
    public void Cost_limits_join_the_spec_rules()
    {
        var errors = Validate("{ dog { mother { mother { nope } } } }", options: new ValidationOptions { MaxDepth = 2 });
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED", "MAX_DEPTH_EXCEEDED"], errors.Select(e => (string)e.Extensions!["code"]!).Order());
    }

    [Fact]
    public void Nodes_without_locations_give_errors_without_locations()
    {
        var document = Parser.Parse("{ dog { nope } }", new ParserOptions { NoLocation = true });
        var error = Assert.Single(DocumentValidator.Validate(TestSchema, document));
        Assert.Null(error.Locations);
    }
}
