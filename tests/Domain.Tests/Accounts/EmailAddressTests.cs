using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class EmailAddressTests
{
    [Theory]
    [InlineData("  Ada.Lovelace@Example.COM ", "ada.lovelace@example.com")]
    [InlineData("a+tag@sub.example.org", "a+tag@sub.example.org")]
    public void Valid_addresses_are_trimmed_and_lower_cased(string input, string expected)
    {
        Assert.Equal(expected, EmailAddress.Normalize(input, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("two@@example.com")]
    [InlineData("a@b@example.com")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@localhost")]
    [InlineData("ada@exa mple.com")]
    [InlineData(".ada@example.com")]
    [InlineData("ad..a@example.com")]
    [InlineData("ada@example..com")]
    [InlineData("ada<x>@example.com")]
    public void Invalid_addresses_are_refused_with_a_reason(string? input)
    {
        Assert.Null(EmailAddress.Normalize(input, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Overlong_addresses_are_refused() =>
        Assert.Null(EmailAddress.Normalize(new string('a', 60) + "@" + new string('b', 200) + ".com", out _));
}
