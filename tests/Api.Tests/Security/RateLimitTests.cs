using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Security;

public sealed class RateLimitTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["RateLimits:Login:PermitsPerMinute"] = "3",
        ["RateLimits:Register:PermitsPerMinute"] = "2",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Login_attempts_beyond_the_limit_fail_rate_limited_and_the_server_keeps_serving()
    {
        const string login = "mutation { login(input: { email: \"a@example.test\", password: \"wrong password\" }) { errors { code } } }";
        for (var i = 0; i < 3; i++)
        {
            var (_, ok) = await _host.PostAsync(login);
            Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(ok, "login")));
        }
        var (status, limited) = await _host.PostAsync(login);
        Assert.Equal(200, status);
        Assert.Equal(["RATE_LIMITED"], GraphQLErrorCodes(limited));
        Assert.True(limited.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32() is > 0 and <= 60);

        var (_, other) = await _host.PostAsync("{ providers { slug } }");
        Assert.True(Field(other, "providers").GetArrayLength() > 0);
        var (_, stillLimited) = await _host.PostAsync(login);
        Assert.Equal(["RATE_LIMITED"], GraphQLErrorCodes(stillLimited));
    }

    [Fact]
    public async Task Registration_has_its_own_limit()
    {
        NoErrors(await RegisterAsync(_host, NewEmail()));
        NoErrors(await RegisterAsync(_host, NewEmail()));
        var (_, body) = await _host.PostAsync("mutation($input: RegisterInput!) { register(input: $input) { errors { code } } }",
            new { input = new { email = NewEmail(), password = Password, displayName = "Third" } });
        Assert.Equal(["RATE_LIMITED"], GraphQLErrorCodes(body));
    }
}
