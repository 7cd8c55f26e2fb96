using StudyGraph.Api.Auth;
using StudyGraph.Api.Context;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Accounts;

/// <summary>
/// Signing in and out: <c>register</c>, <c>login</c>, <c>refreshToken</c>, <c>logout</c>, <c>verifyEmail</c>,
/// <c>requestPasswordReset</c>, <c>resetPassword</c>. Login, registration and reset requests are rate-limited per client.
/// </summary>
public sealed class AuthModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Mutation", "register", RegisterAsync);
        schema.Root("Mutation", "login", LoginAsync);
        schema.Root("Mutation", "refreshToken", RefreshAsync);
        schema.Root("Mutation", "logout", LogoutAsync);
        schema.Root("Mutation", "verifyEmail", VerifyEmailAsync);
        schema.Root("Mutation", "requestPasswordReset", RequestPasswordResetAsync);
        schema.Root("Mutation", "resetPassword", ResetPasswordAsync);

        foreach (var type in (ReadOnlySpan<string>)["RegisterPayload", "LoginPayload", "RefreshTokenPayload"])
        {
            schema.For<AuthPayload>(type)
                .Field("accessToken", p => p.AccessToken)
                .Field("accessTokenExpiresAt", p => p.AccessTokenExpiresAt)
                .Field("refreshToken", p => p.RefreshToken)
                .Field("user", p => p.User)
                .Field("errors", p => p.Errors);
        }
        foreach (var type in (ReadOnlySpan<string>)["LogoutPayload", "RequestPasswordResetPayload", "ResetPasswordPayload", "DeleteMyAccountPayload"])
        {
            schema.For<SuccessPayload>(type)
                .Field("success", p => p.Success)
                .Field("errors", p => p.Errors);
        }
        foreach (var type in (ReadOnlySpan<string>)["VerifyEmailPayload", "UpdateProfilePayload"])
        {
            schema.For<UserPayload>(type)
                .Field("user", p => p.User)
                .Field("errors", p => p.Errors);
        }
    }

    private static async ValueTask<AuthPayload> RegisterAsync(ResolveFieldContext c)
    {
        c.GetRequiredService<AuthRateLimiter>().Acquire("Register", c.Client());
        var input = c.GetArgument<RegisterInput>("input");
        var result = await Accounts(c).RegisterAsync(input.Email, input.Password, input.DisplayName, c.CancellationToken).ConfigureAwait(false);
        return Signed(c, result);
    }

    private static async ValueTask<AuthPayload> LoginAsync(ResolveFieldContext c)
    {
        c.GetRequiredService<AuthRateLimiter>().Acquire("Login", c.Client());
        var input = c.GetArgument<LoginInput>("input");
        var result = await Accounts(c).LoginAsync(input.Email, input.Password, c.CancellationToken).ConfigureAwait(false);
        return Signed(c, result);
    }

    private static async ValueTask<AuthPayload> RefreshAsync(ResolveFieldContext c)
    {
        var input = c.GetArgument<RefreshTokenInput>("input");
        var result = await Accounts(c).RefreshAsync(input.RefreshToken, c.CancellationToken).ConfigureAwait(false);
        return Signed(c, result);
    }

    private static async ValueTask<SuccessPayload> LogoutAsync(ResolveFieldContext c)
    {
        var input = c.GetArgument<LogoutInput>("input");
        var result = await Accounts(c).LogoutAsync(input.RefreshToken, input.AllDevices ?? false, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? SuccessPayload.Ok : SuccessPayload.Failed(AccountErrors.ToUserError(result.Error));
    }

    private static async ValueTask<UserPayload> VerifyEmailAsync(ResolveFieldContext c)
    {
        var input = c.GetArgument<TokenInput>("input");
        var result = await Accounts(c).VerifyEmailAsync(input.Token, c.CancellationToken).ConfigureAwait(false);
        // The e-mailed token proves who this is, so the payload's user is readable without an access token.
        return result.IsSuccess ? new UserPayload(new UserNode(result.Value, Granted: true), []) : new UserPayload(null, [AccountErrors.ToUserError(result.Error)]);
    }

    private static async ValueTask<SuccessPayload> RequestPasswordResetAsync(ResolveFieldContext c)
    {
        c.GetRequiredService<AuthRateLimiter>().Acquire("PasswordReset", c.Client());
        var input = c.GetArgument<RequestPasswordResetInput>("input");
        var result = await Accounts(c).RequestPasswordResetAsync(input.Email, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? SuccessPayload.Ok : SuccessPayload.Failed(AccountErrors.ToUserError(result.Error));
    }

    private static async ValueTask<SuccessPayload> ResetPasswordAsync(ResolveFieldContext c)
    {
        var input = c.GetArgument<ResetPasswordInput>("input");
        var result = await Accounts(c).ResetPasswordAsync(input.Token, input.NewPassword, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? SuccessPayload.Ok : SuccessPayload.Failed(AccountErrors.ToUserError(result.Error));
    }

    private static AuthPayload Signed(ResolveFieldContext c, AccountResult<AuthResult> result)
    {
        if (!result.IsSuccess) return AuthPayload.Failed(AccountErrors.ToUserError(result.Error));
        var access = c.GetRequiredService<AccessTokenIssuer>().Issue(result.Value.User);
        return new AuthPayload(access.Token, access.ExpiresAt, result.Value.RefreshToken.Token, new UserNode(result.Value.User, Granted: true), []);
    }

    private static AccountService Accounts(ResolveFieldContext c) => c.GetRequiredService<AccountService>();
}
