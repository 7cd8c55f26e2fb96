using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class PasswordPolicyTests
{
    [Fact]
    public void A_short_password_gets_a_message_naming_the_minimum()
    {
        var message = new PasswordPolicy(MinLength: 12).Check("elevenchars");
        Assert.Equal("Password must be at least 12 characters long.", message);
    }

    [Fact]
    public void Long_enough_passwords_pass_and_blank_or_huge_ones_do_not()
    {
        var policy = PasswordPolicy.Default;
        Assert.Null(policy.Check("ten chars!"));
        Assert.NotNull(policy.Check(null));
        Assert.NotNull(policy.Check("            "));
        Assert.NotNull(policy.Check(new string('x', policy.MaxLength + 1)));
    }
}
