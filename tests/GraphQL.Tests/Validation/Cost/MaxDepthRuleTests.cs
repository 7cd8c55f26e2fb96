using StudyGraph.GraphQL.Validation;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation.Cost;

public sealed class MaxDepthRuleTests
{
    private static readonly ValidationOptions Depth3 = new() { Rules = [], MaxDepth = 3 };

    [Fact]
    public void An_operation_at_the_limit_passes() =>
        Assert.Empty(Validate("{ dog { mother { name } } }", options: Depth3));

    [Fact]
    public void Depth_beyond_the_limit_is_reported_with_both_numbers_and_the_code()
    {
        var errors = Validate("query Deep { dog { mother { father { name } } } }", options: Depth3);
        var error = Assert.Single(errors);
        Assert.Equal("The operation \"Deep\" is nested 4 levels deep, more than the maximum depth of 3.", error.Message);
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.Extensions!["code"]);
        Assert.Equal(new StudyGraph.GraphQL.Language.SourceLocation(1, 1), error.Locations![0]);
    }

    [Fact]
    public void Depth_counts_through_named_and_inline_fragments() =>
        Assert.Equal("The anonymous operation is nested 5 levels deep, more than the maximum depth of 3.",
            Assert.Single(Validate("{ dog { ...A } }\nfragment A on Dog { ... on Dog { mother { ...B } } }\nfragment B on Dog { father { mother { name } } }", options: Depth3)).Message);

    [Fact]
    public void Fragment_cycles_do_not_loop() =>
        Assert.Empty(Validate("{ dog { ...A } }\nfragment A on Dog { mother { ...B } }\nfragment B on Dog { ...A }", options: Depth3));

    [Fact]
    public void Each_operation_is_measured_on_its_own()
    {
        var errors = Validate("query A { dog { name } }\nquery B { dog { mother { father { mother { name } } } } }", options: Depth3);
        Assert.Equal(["The operation \"B\" is nested 5 levels deep, more than the maximum depth of 3."], errors.Select(e => e.Message));
    }
}
