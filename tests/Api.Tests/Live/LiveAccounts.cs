using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Tests.Live;

/// <summary>Signs users up through the API (register mutation) for the live tests.</summary>
public static class LiveAccounts
{
    /// <summary>Registers a new learner and returns its access token.</summary>
    public static async Task<string> LearnerTokenAsync(ApiHost host)
    {
        var email = "live-" + Guid.NewGuid().ToString("N")[..12] + "@example.com";
        var (status, body) = await host.PostAsync(
            "mutation($e: String!) { register(input: { email: $e, password: \"correct horse battery staple\", displayName: \"Live\" }) { accessToken errors { code message } } }",
            new { e = email });
        Assert.True(status == 200, body.ToString());
        var token = body.GetProperty("data").GetProperty("register").GetProperty("accessToken");
        Assert.True(token.ValueKind == JsonValueKind.String, body.ToString());
        return token.GetString()!;
    }

    /// <summary>Registers a user, grants it <paramref name="role"/> in the store, and signs in again for a token carrying the role.</summary>
    public static async Task<string> TokenWithRoleAsync(ApiHost host, Role role)
    {
        var email = "staff-" + Guid.NewGuid().ToString("N")[..12] + "@example.com";
        const string password = "correct horse battery staple";
        var (_, registered) = await host.PostAsync(
            "mutation($e: String!) { register(input: { email: $e, password: \"correct horse battery staple\", displayName: \"Staff\" }) { accessToken user { email } errors { code } } }",
            new { e = email });
        Assert.Equal(JsonValueKind.String, registered.GetProperty("data").GetProperty("register").GetProperty("accessToken").ValueKind);
        var users = host.Services.GetRequiredService<IUserRepository>();
        var user = await users.FindByEmailAsync(EmailAddress.Normalize(email, out _)!);
        Assert.NotNull(user);
        await users.UpdateAsync(user! with { Roles = [Role.Learner, role] });
        var (_, login) = await host.PostAsync("mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }", new { e = email, p = password });
        return login.GetProperty("data").GetProperty("login").GetProperty("accessToken").GetString()!;
    }
}
