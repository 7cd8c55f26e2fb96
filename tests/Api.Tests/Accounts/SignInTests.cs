using System.Text.Json;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Accounts;

public sealed class SignInTests(AccountsApi api) : IClassFixture<AccountsApi>
{
    private ApiHost Host => api.Host;

    [Fact]
    public async Task Register_then_login_then_me_reads_the_new_account()
    {
        var email = NewEmail();
        var registered = await RegisterAsync(Host, email, displayName: "  Ada  ");
        NoErrors(registered);
        var user = registered.GetProperty("user");
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("Ada", user.GetProperty("displayName").GetString());
        Assert.Equal("LEARNER", user.GetProperty("roles")[0].GetString());
        Assert.False(user.GetProperty("emailVerified").GetBoolean());
        var expires = registered.GetProperty("accessTokenExpiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(13), TimeSpan.FromMinutes(16));

        var login = await LoginAsync(Host, email);
        NoErrors(login);
        Assert.Equal(user.GetProperty("id").GetString(), login.GetProperty("user").GetProperty("id").GetString());
        Assert.NotEqual(registered.GetProperty("refreshToken").GetString(), login.GetProperty("refreshToken").GetString());

        var (status, body) = await Host.PostAsync(Me, token: login.GetProperty("accessToken").GetString());
        Assert.Equal(200, status);
        var me = Field(body, "me");
        Assert.Equal(user.GetProperty("id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(20, me.GetProperty("preferences").GetProperty("defaultQuestionCount").GetInt32());
    }

    [Fact]
    public async Task Me_is_null_without_a_token()
    {
        var (status, body) = await Host.PostAsync(Me);
        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Null, Field(body, "me").ValueKind);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_give_the_same_InvalidCredentialsError()
    {
        var email = NewEmail();
        NoErrors(await RegisterAsync(Host, email));
        var wrong = await LoginAsync(Host, email, "not the password at all");
        var unknown = await LoginAsync(Host, NewEmail("nobody"));
        foreach (var payload in new[] { wrong, unknown })
        {
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("accessToken").ValueKind);
            Assert.Equal("INVALID_CREDENTIALS", ErrorCode(payload));
            Assert.Equal("InvalidCredentialsError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        }
        Assert.Equal(wrong.GetProperty("errors")[0].GetProperty("message").GetString(), unknown.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Registering_a_taken_email_or_a_short_password_fails_with_typed_errors()
    {
        var email = NewEmail();
        NoErrors(await RegisterAsync(Host, email));
        var taken = await RegisterAsync(Host, email.ToUpperInvariant());
        Assert.Equal("EMAIL_TAKEN", ErrorCode(taken));
        Assert.Equal("EmailTakenError", taken.GetProperty("errors")[0].GetProperty("__typename").GetString());

        var weak = await RegisterAsync(Host, NewEmail(), password: "short");
        Assert.Equal("VALIDATION", ErrorCode(weak));
        Assert.Equal("input.password", weak.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, weak.GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_issues_a_working_access_token()
    {
        var (_, refresh, userId) = await SignUpAsync(Host);
        var first = await RefreshAsync(Host, refresh);
        NoErrors(first);
        var next = first.GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(refresh, next);
        Assert.Equal(userId, first.GetProperty("user").GetProperty("id").GetString());

        var (_, body) = await Host.PostAsync("{ me { id } }", token: first.GetProperty("accessToken").GetString());
        Assert.Equal(userId, Field(body, "me").GetProperty("id").GetString());

        var second = await RefreshAsync(Host, next);
        NoErrors(second);
        Assert.NotEqual(next, second.GetProperty("refreshToken").GetString());
    }

    [Fact]
    public async Task Reusing_a_spent_refresh_token_revokes_the_chain_so_the_newer_token_stops_working()
    {
        var (_, refresh, _) = await SignUpAsync(Host);
        var rotated = await RefreshAsync(Host, refresh);
        NoErrors(rotated);
        var newer = rotated.GetProperty("refreshToken").GetString()!;

        var reuse = await RefreshAsync(Host, refresh);
        Assert.Equal("TOKEN_REUSED", ErrorCode(reuse));
        Assert.Equal("TokenError", reuse.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, reuse.GetProperty("accessToken").ValueKind);

        var afterRevocation = await RefreshAsync(Host, newer);
        Assert.Equal("TOKEN_INVALID", ErrorCode(afterRevocation));
    }

    [Fact]
    public async Task Logout_revokes_the_device_and_all_devices_revokes_every_login()
    {
        var email = NewEmail();
        var (_, phone, _) = await SignUpAsync(Host, email);
        var laptop = (await LoginAsync(Host, email)).GetProperty("refreshToken").GetString()!;
        var tablet = (await LoginAsync(Host, email)).GetProperty("refreshToken").GetString()!;
        const string logout = "mutation($input: LogoutInput!) { logout(input: $input) { success errors { code } } }";

        var (_, one) = await Host.PostAsync(logout, new { input = new { refreshToken = phone } });
        Assert.True(Field(one, "logout").GetProperty("success").GetBoolean(), one.ToString());
        Assert.Equal("TOKEN_INVALID", ErrorCode(await RefreshAsync(Host, phone)));
        var stillIn = await RefreshAsync(Host, laptop);
        NoErrors(stillIn);

        var (_, all) = await Host.PostAsync(logout, new { input = new { refreshToken = tablet, allDevices = true } });
        Assert.True(Field(all, "logout").GetProperty("success").GetBoolean(), all.ToString());
        Assert.Equal("TOKEN_INVALID", ErrorCode(await RefreshAsync(Host, stillIn.GetProperty("refreshToken").GetString()!)));
        Assert.Equal("TOKEN_INVALID", ErrorCode(await RefreshAsync(Host, tablet)));

        var (_, unknown) = await Host.PostAsync(logout, new { input = new { refreshToken = "not-a-token" } });
        Assert.False(Field(unknown, "logout").GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Verify_email_with_the_mailed_token_marks_the_address_verified_once()
    {
        var email = NewEmail();
        var (access, _, _) = await SignUpAsync(Host, email);
        var token = MailedToken(Host, email, "email-verification");
        Assert.Contains(Directory.GetFiles(Path.Combine(Host.DataPath, "outbox"), "*.eml").Select(File.ReadAllText),
            mail => mail.Contains(AccountsApi.VerifyEmailUrl.Replace("{token}", token, StringComparison.Ordinal), StringComparison.Ordinal));
        const string verify = "mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { email emailVerified } errors { code } } }";
        var (_, body) = await Host.PostAsync(verify, new { input = new { token } });
        var payload = Field(body, "verifyEmail");
        NoErrors(payload);
        Assert.True(payload.GetProperty("user").GetProperty("emailVerified").GetBoolean());
        var (_, me) = await Host.PostAsync("{ me { emailVerified } }", token: access);
        Assert.True(Field(me, "me").GetProperty("emailVerified").GetBoolean());

        var (_, again) = await Host.PostAsync(verify, new { input = new { token } });
        Assert.Equal("TOKEN_INVALID", ErrorCode(Field(again, "verifyEmail")));
    }

    [Fact]
    public async Task Password_reset_sets_a_new_password_and_signs_out_every_device()
    {
        var email = NewEmail();
        var (_, refresh, _) = await SignUpAsync(Host, email);
        var (_, requested) = await Host.PostAsync("mutation { requestPasswordReset(input: { email: \"" + email + "\" }) { success errors { code } } }");
        Assert.True(Field(requested, "requestPasswordReset").GetProperty("success").GetBoolean());
        var (_, unknown) = await Host.PostAsync("mutation { requestPasswordReset(input: { email: \"nobody@example.test\" }) { success } }");
        Assert.True(Field(unknown, "requestPasswordReset").GetProperty("success").GetBoolean());

        var token = MailedToken(Host, email, "password-reset");
        // The link goes to the configured front-end page (Accounts:ResetPasswordUrl), token in place.
        Assert.Contains(Directory.GetFiles(Path.Combine(Host.DataPath, "outbox"), "*.eml").Select(File.ReadAllText),
            mail => mail.Contains(AccountsApi.ResetPasswordUrl.Replace("{token}", token, StringComparison.Ordinal), StringComparison.Ordinal));
        const string reset = "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { success errors { code } } }";
        var (_, body) = await Host.PostAsync(reset, new { input = new { token, newPassword = "a brand new passphrase" } });
        Assert.True(Field(body, "resetPassword").GetProperty("success").GetBoolean(), body.ToString());

        Assert.Equal("TOKEN_INVALID", ErrorCode(await RefreshAsync(Host, refresh)));
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(await LoginAsync(Host, email)));
        NoErrors(await LoginAsync(Host, email, "a brand new passphrase"));
    }
}
