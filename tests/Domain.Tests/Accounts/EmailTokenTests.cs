using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class EmailTokenTests
{
    private readonly AccountHarness _h = new();

    [Fact]
    public async Task The_verification_link_verifies_once()
    {
        var user = (await _h.Register()).User;
        var token = _h.TokenFromLastEmail("email-verification");
        var verified = await _h.Service.VerifyEmailAsync(token);
        Assert.True(verified.Value!.EmailVerified);
        Assert.True((await _h.Users.FindByIdAsync(user.Id))!.EmailVerified);
        AccountHarness.AssertError(await _h.Service.VerifyEmailAsync(token), AccountErrorCodes.TokenInvalid);
    }

    [Fact]
    public async Task A_verification_token_expires_after_a_day_and_cannot_reset_a_password()
    {
        await _h.Register();
        var token = _h.TokenFromLastEmail("email-verification");
        AccountHarness.AssertError(await _h.Service.ResetPasswordAsync(token, "brand new password"), AccountErrorCodes.TokenInvalid);
        _h.Clock.Advance(TimeSpan.FromHours(24));
        AccountHarness.AssertError(await _h.Service.VerifyEmailAsync(token), AccountErrorCodes.TokenExpired);
    }

    [Fact]
    public async Task Requesting_a_reset_succeeds_the_same_for_unknown_addresses_and_mails_only_real_ones()
    {
        await _h.Register();
        var before = _h.Email.Sent.Count;
        var unknown = await _h.Service.RequestPasswordResetAsync("nobody@example.com");
        Assert.Equal(before, _h.Email.Sent.Count);
        var known = await _h.Service.RequestPasswordResetAsync("ADA@example.com");
        Assert.Equal(unknown.IsSuccess, known.IsSuccess);
        Assert.Equal(unknown.Value, known.Value);
        Assert.Single(_h.Email.Sent, m => m.Kind == "password-reset");
    }

    [Fact]
    public async Task Reset_sets_the_password_revokes_every_chain_and_works_once()
    {
        var laptop = (await _h.Register()).RefreshToken;
        var phone = (await _h.Login()).RefreshToken;
        await _h.Service.RequestPasswordResetAsync("ada@example.com");
        var token = _h.TokenFromLastEmail("password-reset");

        var reset = await _h.Service.ResetPasswordAsync(token, "a whole new secret");
        Assert.Equal(2, reset.Value);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(laptop.Token), AccountErrorCodes.TokenInvalid);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(phone.Token), AccountErrorCodes.TokenInvalid);
        AccountHarness.AssertError(await _h.Service.LoginAsync("ada@example.com", AccountHarness.Password), AccountErrorCodes.InvalidCredentials);
        Assert.True((await _h.Service.LoginAsync("ada@example.com", "a whole new secret")).IsSuccess);
        AccountHarness.AssertError(await _h.Service.ResetPasswordAsync(token, "yet another secret"), AccountErrorCodes.TokenInvalid);
    }

    [Fact]
    public async Task A_reset_token_expires_after_an_hour_and_a_weak_password_does_not_spend_it()
    {
        await _h.Register();
        await _h.Service.RequestPasswordResetAsync("ada@example.com");
        var token = _h.TokenFromLastEmail("password-reset");
        AccountHarness.AssertError(await _h.Service.ResetPasswordAsync(token, "short"), AccountErrorCodes.Validation);
        _h.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.True((await _h.Service.ResetPasswordAsync(token, "long enough now")).IsSuccess);

        await _h.Service.RequestPasswordResetAsync("ada@example.com");
        var second = _h.TokenFromLastEmail("password-reset");
        _h.Clock.Advance(TimeSpan.FromHours(1));
        AccountHarness.AssertError(await _h.Service.ResetPasswordAsync(second, "long enough again"), AccountErrorCodes.TokenExpired);
    }
}
