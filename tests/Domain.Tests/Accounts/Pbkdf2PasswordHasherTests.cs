using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class Pbkdf2PasswordHasherTests
{
    private readonly Pbkdf2PasswordHasher _hasher = new(Pbkdf2PasswordHasher.MinimumIterations, new SeededRandomBytes(1));

    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_fails()
    {
        var hash = _hasher.Hash("s3cret-passphrase");
        Assert.Equal(PasswordVerification.Success, _hasher.Verify("s3cret-passphrase", hash));
        Assert.Equal(PasswordVerification.Failed, _hasher.Verify("s3cret-passphrasE", hash));
    }

    [Fact]
    public void The_stored_form_names_algorithm_version_and_iterations_and_salts_differ()
    {
        var a = _hasher.Hash("same password");
        var b = _hasher.Hash("same password");
        Assert.StartsWith("$pbkdf2-sha256$v=1$i=100000$", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("same password", a, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hash_with_fewer_iterations_than_configured_verifies_but_asks_for_a_rehash()
    {
        var old = _hasher.Hash("pw-from-2020");
        var stronger = new Pbkdf2PasswordHasher(150_000, new SeededRandomBytes(2));
        Assert.Equal(PasswordVerification.SuccessRehashNeeded, stronger.Verify("pw-from-2020", old));
        Assert.Equal(PasswordVerification.Success, stronger.Verify("pw-from-2020", stronger.Hash("pw-from-2020")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("$pbkdf2-sha256$v=1$i=1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("$pbkdf2-sha256$v=1$i=100000$not base64$xx")]
    public void Unreadable_or_too_weak_stored_hashes_fail(string stored) =>
        Assert.Equal(PasswordVerification.Failed, _hasher.Verify("anything", stored));

    [Fact]
    public void A_tampered_hash_fails()
    {
        var hash = _hasher.Hash("pw");
        var last = hash[^3] == 'A' ? 'B' : 'A';
        Assert.Equal(PasswordVerification.Failed, _hasher.Verify("pw", hash[..^3] + last + hash[^2..]));
    }

    [Fact]
    public void Fewer_than_the_minimum_iterations_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pbkdf2PasswordHasher(99_999));
}
