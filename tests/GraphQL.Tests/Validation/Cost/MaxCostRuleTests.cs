using StudyGraph.GraphQL.Validation;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Cost;

public sealed class MaxCostRuleTests
{
    private static string CostMessage(string query, int max = 1, IReadOnlyDictionary<string, object?>? variables = null, int defaultListSize = 10)
    {
        var errors = Validate(query, options: new ValidationOptions { Rules = [], MaxCost = max, Variables = variables, DefaultListSize = defaultListSize });
        var error = Assert.Single(errors);
        Assert.Equal("MAX_COST_EXCEEDED", error.Extensions!["code"]);
        return error.Message;
    }

    [Fact]
    public void Each_field_costs_one() =>
        Assert.Equal("The operation \"Q\" has an estimated cost of 3, more than the maximum cost of 1.",
            CostMessage("query Q { dog { name barks } }"));

    [Fact]
    public void A_literal_first_multiplies_the_sub_selection() =>
        // humans(first: 7) costs 1 + 7 * (name + relatives(first: 3) { name } = 1 + (1 + 3 * 1)) = 1 + 7 * 5
        Assert.Equal("The anonymous operation has an estimated cost of 36, more than the maximum cost of 1.",
            CostMessage("{ humans(first: 7) { name relatives(first: 3) { name } } }"));

    [Fact]
    public void A_variable_takes_its_request_value() =>
        Assert.Contains("cost of 101,", CostMessage("query Q($n: Int) { humans(last: $n) { name } }", variables: new Dictionary<string, object?> { ["n"] = 100 }), StringComparison.Ordinal);

    [Fact]
    public void A_variable_without_a_value_takes_its_default() =>
        Assert.Contains("cost of 41,", CostMessage("query Q($n: Int = 40) { humans(first: $n) { name } }"), StringComparison.Ordinal);

    [Fact]
    public void An_argument_default_applies_when_nothing_is_given() =>
        // Human.relatives declares first: Int = 5.
        Assert.Contains("cost of 7,", CostMessage("{ human { relatives { name } } }"), StringComparison.Ordinal);

    [Fact]
    public void Unsized_list_fields_count_the_default_list_size() =>
        Assert.Contains("cost of 9,", CostMessage("{ dog { friends { name } } }", defaultListSize: 7), StringComparison.Ordinal);

    [Fact]
    public void Fragments_count_once_per_spread_and_cycles_add_nothing()
    {
        Assert.Contains("cost of 4,", CostMessage("{ a: dog { ...F } b: dog { ...F } }\nfragment F on Dog { name }"), StringComparison.Ordinal);
        Assert.Contains("cost of 2,", CostMessage("{ dog { ...F } }\nfragment F on Dog { mother { ...F } }"), StringComparison.Ordinal);
    }

    [Fact]
    public void Within_the_limit_passes() =>
        Assert.Empty(Validate("{ humans(first: 10) { name } }", options: new ValidationOptions { Rules = [], MaxCost = 11 }));

    [Fact]
    public void Introspection_costs_one_however_wide_so_ides_can_always_introspect()
    {
        Assert.Empty(Validate(StudyGraph.GraphQL.Execution.IntrospectionQuery.Full, options: new ValidationOptions { Rules = [], MaxCost = 2 }));
        // ...while the same shape over data lists is still measured.
        Assert.Contains("cost of 1", CostMessage("query Q { __schema { types { name } } dog { name barks } }", max: 1), StringComparison.Ordinal);
    }
}
