using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class RegisterAndLoginTests
{
    private readonly AccountHarness _h = new();

    [Fact]
    public async Task Register_creates_a_learner_signs_in_and_sends_a_verification_email()
    {
        var auth = await _h.Register("  Ada@Example.com ", " Ada L ");
        Assert.Equal("ada@example.com", auth.User.Email);
        Assert.Equal("Ada L", auth.User.DisplayName);
        Assert.Equal([Role.Learner], auth.User.Roles);
        Assert.False(auth.User.EmailVerified);
        Assert.Equal(_h.Clock.GetUtcNow() + TimeSpan.FromDays(30), auth.RefreshToken.ExpiresAt);
        var stored = await _h.RefreshTokens.FindAsync(SecretToken.Hash(auth.RefreshToken.Token));
        Assert.NotNull(stored);
        Assert.Null(await _h.RefreshTokens.FindAsync(auth.RefreshToken.Token));
        Assert.Single(_h.Email.Sent, m => m.Kind == "email-verification" && m.To == "ada@example.com");
    }

    [Fact]
    public async Task Registering_an_email_twice_in_another_case_is_EMAIL_TAKEN()
    {
        await _h.Register("ada@example.com");
        var again = await _h.Service.RegisterAsync("ADA@example.com", AccountHarness.Password, "Other");
        AccountHarness.AssertError(again, AccountErrorCodes.EmailTaken);
        Assert.Equal(1, _h.Users.Count);
    }

    [Theory]
    [InlineData("not-an-email", AccountHarness.Password, "Ada", "email")]
    [InlineData("ada@example.com", "short", "Ada", "password")]
    [InlineData("ada@example.com", AccountHarness.Password, "   ", "displayName")]
    public async Task Invalid_registration_input_is_VALIDATION_naming_the_field(string email, string password, string name, string field)
    {
        var result = await _h.Service.RegisterAsync(email, password, name);
        AccountHarness.AssertError(result, AccountErrorCodes.Validation);
        Assert.Equal(field, result.Error!.Field);
        Assert.Equal(0, _h.Users.Count);
    }

    [Fact]
    public async Task Login_with_the_right_password_starts_a_new_chain_per_device()
    {
        var registered = await _h.Register();
        var phone = await _h.Login("ADA@example.com");
        Assert.Equal(registered.User.Id, phone.User.Id);
        Assert.NotEqual(registered.RefreshToken.FamilyId, phone.RefreshToken.FamilyId);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_give_the_same_error()
    {
        await _h.Register();
        var wrongPassword = await _h.Service.LoginAsync("ada@example.com", "not the password");
        var unknownEmail = await _h.Service.LoginAsync("bob@example.com", AccountHarness.Password);
        var malformed = await _h.Service.LoginAsync("bob", AccountHarness.Password);
        AccountHarness.AssertError(wrongPassword, AccountErrorCodes.InvalidCredentials);
        Assert.Equal(wrongPassword.Error, unknownEmail.Error);
        Assert.Equal(wrongPassword.Error, malformed.Error);
    }

    [Fact]
    public async Task Login_upgrades_a_hash_made_with_fewer_iterations()
    {
        var registered = await _h.Register();
        var stronger = new Pbkdf2PasswordHasher(120_000, _h.Random);
        var service = new AccountService(_h.Users, _h.RefreshTokens, _h.OneTimeTokens, _h.Email, stronger, _h.Clock, _h.Random);
        Assert.True((await service.LoginAsync("ada@example.com", AccountHarness.Password)).IsSuccess);
        var user = await _h.Users.FindByIdAsync(registered.User.Id);
        Assert.Contains("$i=120000$", user!.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerification.Success, stronger.Verify(AccountHarness.Password, user.PasswordHash));
    }

    [Fact]
    public async Task UpdateProfile_validates_and_saves_name_and_preferences()
    {
        var user = (await _h.Register()).User;
        var prefs = new StudyPreferences(TimeZone: "Europe/Berlin", DefaultQuestionCount: 40);
        var updated = await _h.Service.UpdateProfileAsync(user.Id, new ProfileUpdate("Countess", prefs));
        Assert.True(updated.IsSuccess);
        Assert.Equal("Countess", (await _h.Users.FindByIdAsync(user.Id))!.DisplayName);
        Assert.Equal(prefs, (await _h.Users.FindByIdAsync(user.Id))!.Preferences);

        var bad = await _h.Service.UpdateProfileAsync(user.Id, new ProfileUpdate(Preferences: prefs with { TimeZone = "Mars/Olympus_Mons" }));
        AccountHarness.AssertError(bad, AccountErrorCodes.Validation);
        var single = await _h.Service.UpdateProfileAsync(user.Id, new ProfileUpdate(PoolShare: 0.35));
        Assert.Equal(prefs with { PoolShare = 0.35 }, single.Value!.Preferences);
        AccountHarness.AssertError(await _h.Service.UpdateProfileAsync(user.Id, new ProfileUpdate(PoolShare: 1.5)), AccountErrorCodes.Validation);
        AccountHarness.AssertError(await _h.Service.UpdateProfileAsync("nobody", new ProfileUpdate("x")), AccountErrorCodes.NotFound);
    }
}
