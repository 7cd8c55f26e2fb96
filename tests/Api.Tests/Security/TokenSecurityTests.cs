using System.Text.Json;
using StudyGraph.Api.Tests.Accounts;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Security;

/// <summary>Access tokens over HTTP: a refused token answers 401 UNAUTHENTICATED (never silently anonymous).</summary>
public sealed class TokenSecurityTests(AccountsApi api) : IClassFixture<AccountsApi>
{
    private ApiHost Host => api.Host;

    [Fact]
    public async Task An_issued_token_is_HS256_with_sub_roles_iat_exp_jti_issuer_and_audience()
    {
        var (access, _, userId) = await SignUpAsync(Host);
        Assert.Equal("HS256", TestTokens.Header(access).GetProperty("alg").GetString());
        var claims = TestTokens.Payload(access);
        Assert.Equal(userId, StudyGraph.Api.Relay.GlobalId.Encode("User", claims.GetProperty("sub").GetString()!));
        Assert.True(claims.GetProperty("roles").ValueKind == JsonValueKind.Array && claims.GetProperty("roles").GetArrayLength() == 1, claims.ToString());
        Assert.Equal("LEARNER", claims.GetProperty("roles")[0].GetString());
        Assert.Equal("studygraph", claims.GetProperty("iss").GetString());
        Assert.Equal("studygraph", claims.GetProperty("aud").GetString());
        Assert.Equal(15 * 60, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.False(string.IsNullOrEmpty(claims.GetProperty("jti").GetString()));
        var (again, _, _) = await SignUpAsync(Host);
        Assert.NotEqual(claims.GetProperty("jti").GetString(), TestTokens.Payload(again).GetProperty("jti").GetString());
    }

    [Fact]
    public async Task A_token_made_by_hand_with_the_right_key_and_claims_is_accepted()
    {
        var (access, _, userId) = await SignUpAsync(Host);
        var sub = TestTokens.Payload(access).GetProperty("sub").GetString()!;
        var (status, body) = await Host.PostAsync("{ me { id } }", token: TestTokens.Signed(TestTokens.Claims(sub)));
        Assert.True(200 == status, body.ToString());
        Assert.Equal(userId, Field(body, "me").GetProperty("id").GetString());
    }

    public static TheoryData<string> RefusedTokens() => ["tampered", "expired", "alg-none", "issuer", "audience", "other-key", "hs512", "garbage"];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_refused_token_answers_401_unauthenticated(string kind)
    {
        var (access, _, _) = await SignUpAsync(Host);
        var sub = TestTokens.Payload(access).GetProperty("sub").GetString()!;
        var token = Refused(kind, access, sub);
        var (status, body) = await Host.PostAsync("{ me { id } }", token: token);
        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], GraphQLErrorCodes(body));
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
    }

    [Fact]
    public async Task An_expired_token_says_so()
    {
        var token = TestTokens.Signed(TestTokens.Claims("someone", expiresIn: TimeSpan.FromMinutes(-5)));
        var (status, body) = await Host.PostAsync("{ providers { slug } }", token: token);
        Assert.Equal(401, status);
        Assert.Contains("expired", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_cannot_read_another_users_private_fields_but_an_admin_can()
    {
        var (mine, _, myId) = await SignUpAsync(Host);
        var otherEmail = NewEmail("other");
        var (_, _, otherId) = await SignUpAsync(Host, otherEmail);
        const string query = "query($id: ID!) { node(id: $id) { ... on User { id displayName email } } }";

        var (status, body) = await Host.PostAsync(query, new { id = otherId }, mine);
        Assert.Equal(200, status);
        Assert.Equal(["FORBIDDEN"], GraphQLErrorCodes(body));
        Assert.DoesNotContain(otherEmail, body.ToString(), StringComparison.Ordinal);

        var (_, own) = await Host.PostAsync(query, new { id = myId }, mine);
        Assert.Empty(GraphQLErrorCodes(own));
        Assert.Equal(myId, Field(own, "node").GetProperty("id").GetString());

        var admin = new StudyGraph.Api.Context.Viewer("some-admin", [StudyGraph.Domain.Accounts.Role.Admin]);
        var asAdmin = await Host.ExecuteAsync(query, new { id = otherId }, admin);
        Assert.Equal(otherEmail, asAdmin.GetProperty("data").GetProperty("node").GetProperty("email").GetString());

        var (_, anonymous) = await Host.PostAsync(query, new { id = otherId });
        Assert.Equal(["UNAUTHENTICATED"], GraphQLErrorCodes(anonymous));
    }

    [Fact]
    public async Task Fields_needing_a_user_fail_unauthenticated_without_a_token()
    {
        var (status, body) = await Host.PostAsync("mutation { exportMyData { data errors { code } } }");
        Assert.Equal(200, status);
        Assert.Equal(["UNAUTHENTICATED"], GraphQLErrorCodes(body));
    }

    private static string Refused(string kind, string access, string sub) => kind switch
    {
        "tampered" => TestTokens.Tampered(access, "sub", sub + "x"),
        "expired" => TestTokens.Signed(TestTokens.Claims(sub, expiresIn: TimeSpan.FromMinutes(-5))),
        "alg-none" => TestTokens.Unsigned(TestTokens.Claims(sub)),
        "issuer" => TestTokens.Signed(TestTokens.Claims(sub, issuer: "someone-else")),
        "audience" => TestTokens.Signed(TestTokens.Claims(sub, audience: "another-api")),
        "other-key" => TestTokens.Signed(TestTokens.Claims(sub), key: new byte[32]),
        "hs512" => TestTokens.Signed(TestTokens.Claims(sub), alg: "HS512"),
        "garbage" => "not.a.jwt",
        _ => throw new ArgumentException(kind),
    };
}
