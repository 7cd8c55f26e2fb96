using System.Text.Json;
using System.Text.RegularExpressions;
using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Accounts;

/// <summary>The account mutations as one-line calls over HTTP, for the account and security tests.</summary>
public static partial class AccountCalls
{
    public const string Password = "correct horse battery";

    public const string AuthFields = "accessToken accessTokenExpiresAt refreshToken user { id email displayName roles emailVerified } errors { __typename message code ... on ValidationError { field } }";

    public const string Me = "{ me { id email displayName roles emailVerified createdAt preferences { timeZone defaultQuestionCount poolShare } } }";

    /// <summary>A fresh address for one test.</summary>
    public static string NewEmail(string tag = "user") => $"{tag}-{Guid.NewGuid():N}@example.test";

    /// <summary>Registers and returns the <c>register</c> payload.</summary>
    public static async Task<JsonElement> RegisterAsync(ApiHost host, string email, string password = Password, string displayName = "Test Learner")
    {
        var (_, body) = await host.PostAsync($"mutation($input: RegisterInput!) {{ register(input: $input) {{ {AuthFields} }} }}",
            new { input = new { email, password, displayName } });
        return Field(body, "register");
    }

    /// <summary>Logs in and returns the <c>login</c> payload.</summary>
    public static async Task<JsonElement> LoginAsync(ApiHost host, string email, string password = Password)
    {
        var (_, body) = await host.PostAsync($"mutation($input: LoginInput!) {{ login(input: $input) {{ {AuthFields} }} }}",
            new { input = new { email, password } });
        return Field(body, "login");
    }

    /// <summary>Refreshes and returns the <c>refreshToken</c> payload.</summary>
    public static async Task<JsonElement> RefreshAsync(ApiHost host, string refreshToken)
    {
        var (_, body) = await host.PostAsync($"mutation($input: RefreshTokenInput!) {{ refreshToken(input: $input) {{ {AuthFields} }} }}",
            new { input = new { refreshToken } });
        return Field(body, "refreshToken");
    }

    /// <summary>Registers a learner and returns (access token, refresh token, global user id).</summary>
    public static async Task<(string Access, string Refresh, string UserId)> SignUpAsync(ApiHost host, string? email = null)
    {
        var payload = await RegisterAsync(host, email ?? NewEmail());
        NoErrors(payload);
        return (payload.GetProperty("accessToken").GetString()!, payload.GetProperty("refreshToken").GetString()!,
            payload.GetProperty("user").GetProperty("id").GetString()!);
    }

    /// <summary><c>data.{name}</c>, failing with the whole body when it is missing.</summary>
    public static JsonElement Field(JsonElement body, string name)
    {
        JsonElement value = default;
        var found = body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out value);
        Assert.True(found, "no data." + name + " in " + body);
        return value;
    }

    /// <summary>Asserts an empty <c>errors</c> list in a payload.</summary>
    public static void NoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());

    /// <summary>The single payload error's code.</summary>
    public static string ErrorCode(JsonElement payload)
    {
        var errors = payload.GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 1, payload.ToString());
        return errors[0].GetProperty("code").GetString()!;
    }

    /// <summary>The <c>extensions.code</c> of every GraphQL error of a response.</summary>
    public static string[] GraphQLErrorCodes(JsonElement body)
    {
        if (!body.TryGetProperty("errors", out var errors)) return [];
        var codes = new string[errors.GetArrayLength()];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = errors[i].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        }
        return codes;
    }

    /// <summary>The newest token e-mailed to <paramref name="email"/> of <paramref name="kind"/> (the development outbox).</summary>
    public static string MailedToken(ApiHost host, string email, string kind)
    {
        var folder = Path.Combine(host.DataPath, "outbox");
        string? token = null;
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("To: " + email + "\r\n", StringComparison.Ordinal) || !text.Contains("X-StudyGraph-Kind: " + kind, StringComparison.Ordinal)) continue;
            token = TokenLine().Match(text).Groups[1].Value;
        }
        Assert.False(string.IsNullOrEmpty(token), $"no {kind} mail to {email} in {folder}");
        return token!;
    }

    [GeneratedRegex(@"Token: (\S+)")]
    private static partial Regex TokenLine();
}
