using System.Text;
using System.Text.Json;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Security;

/// <summary>Http:TrustedProxies: whose X-Forwarded-For names the client (for the sign-in limits), and whose does not.</summary>
public sealed class TrustedProxyTests
{
    private const string Login = "{\"query\":\"mutation { login(input: { email: \\\"a@example.test\\\", password: \\\"wrong password\\\" }) { errors { code } } }\"}";

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_sign_in_limit()
    {
        await using var host = await ApiHost.StartAsync(kestrel: true, settings: new Dictionary<string, string?>
        {
            ["RateLimits:Login:PermitsPerMinute"] = "2",
            ["Http:TrustedProxies"] = "127.0.0.1, ::1",
        });
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(await LoginFrom(host, "203.0.113.5"), "login")));
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(await LoginFrom(host, "203.0.113.5"), "login")));
        Assert.Equal(["RATE_LIMITED"], GraphQLErrorCodes(await LoginFrom(host, "203.0.113.5")));
        // Another client behind the same proxy is not held back by the first one's attempts.
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(await LoginFrom(host, "203.0.113.6"), "login")));
        // A client-supplied hop before the proxy's does not help: the proxy appends the real address last.
        Assert.Equal(["RATE_LIMITED"], GraphQLErrorCodes(await LoginFrom(host, "198.51.100.1, 203.0.113.5")));
    }

    [Fact]
    public async Task Without_trusted_proxies_a_client_cannot_dodge_the_limit_with_forwarded_headers()
    {
        await using var host = await ApiHost.StartAsync(kestrel: true, settings: new Dictionary<string, string?> { ["RateLimits:Login:PermitsPerMinute"] = "2" });
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(await LoginFrom(host, "203.0.113.5"), "login")));
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(await LoginFrom(host, "203.0.113.6"), "login")));
        Assert.Equal(["RATE_LIMITED"], GraphQLErrorCodes(await LoginFrom(host, "203.0.113.7")));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("proxy.internal")]
    public async Task A_bad_proxy_list_stops_start_up_naming_the_setting(string value)
    {
        var e = await Assert.ThrowsAsync<StudyGraph.Api.Configuration.SettingsException>(
            () => ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["Http:TrustedProxies"] = "127.0.0.1," + value }));
        Assert.Equal("Http:TrustedProxies", e.Setting);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> LoginFrom(ApiHost host, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Login, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await host.Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
