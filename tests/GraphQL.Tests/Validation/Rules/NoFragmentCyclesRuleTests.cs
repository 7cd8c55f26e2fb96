using StudyGraph.GraphQL.Validation.Rules;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Repeated_spreads_without_cycles_are_fine() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { ...B ...B } fragment B on Dog { name }", NoFragmentCyclesRule.Create);

    [Fact]
    public void A_fragment_spreading_itself_is_reported() =>
        ExpectErrors(NoFragmentCyclesRule.Create, "fragment A on Dog { ...A }", ("Cannot spread fragment \"A\" within itself.", 1, 21));

    [Fact]
    public void A_longer_cycle_names_the_path_and_every_spread() =>
        ExpectErrors(NoFragmentCyclesRule.Create, "fragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...A }",
            new Support.Expected("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)));

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        var sb = new System.Text.StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 1500; i++) sb.Append("fragment F").Append(i).Append(" on Dog { ...F").Append((i + 1) % 1500).Append(" }\n");
        var errors = Validate(sb.ToString(), NoFragmentCyclesRule.Create);
        Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", errors[0].Message, StringComparison.Ordinal);
    }
}
