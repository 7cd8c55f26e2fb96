using StudyGraph.Api.Hosting;
using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Hosting;

/// <summary>The <c>roles</c> verb: how the first author or admin comes to be (no mutation grants roles).</summary>
public sealed class RolesCommandTests
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task The_roles_verb_grants_a_role_that_the_next_sign_in_carries_and_refuses_bad_arguments_clearly()
    {
        var data = Path.Combine(Path.GetTempPath(), "studygraph-roles-" + Guid.NewGuid().ToString("N"));
        await using var host = await ApiHost.StartAsync(dataPath: data);
        const string email = "Future.Author@Example.com";
        var (_, registered) = await host.PostAsync(
            "mutation($e: String!, $p: String!) { register(input: { email: $e, password: $p, displayName: \"Ada\" }) { accessToken } }", new { e = email, p = Password });
        var learnerToken = registered.GetProperty("data").GetProperty("register").GetProperty("accessToken").GetString();
        string[] Config(params string[] args) => [.. args, "--Data:Path=" + data, "--Jwt:SigningKey=" + ApiHost.TestSigningKey];

        var (code, output, error) = await Run(Config("roles", email, "author"));
        Assert.True(code == 0, error);
        Assert.Contains("future.author@example.com: LEARNER, AUTHOR (was LEARNER)", output, StringComparison.Ordinal);
        (code, output, _) = await Run(Config("roles", email));
        Assert.Equal(0, code);
        Assert.Equal("future.author@example.com: LEARNER, AUTHOR", output.Trim());

        // The old token keeps its roles; a new sign-in carries AUTHOR and may use an author-only field.
        const string authorOnly = "mutation { importQuestionBank(input: { bank: {} }) { created errors { code } } }";
        var (_, asLearner) = await host.PostAsync(authorOnly, token: learnerToken);
        Assert.Contains("FORBIDDEN", asLearner.ToString(), StringComparison.Ordinal);
        var (_, login) = await host.PostAsync("mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }", new { e = email, p = Password });
        var authorToken = login.GetProperty("data").GetProperty("login").GetProperty("accessToken").GetString();
        var (_, me) = await host.PostAsync("{ me { roles } }", token: authorToken);
        Assert.Equal("[\"LEARNER\",\"AUTHOR\"]", me.GetProperty("data").GetProperty("me").GetProperty("roles").GetRawText());
        var (_, asAuthor) = await host.PostAsync(authorOnly, token: authorToken);
        Assert.DoesNotContain("FORBIDDEN", asAuthor.ToString(), StringComparison.Ordinal);

        // Taking a role away keeps LEARNER.
        (code, output, _) = await Run(Config("roles", email, "LEARNER"));
        Assert.Equal(0, code);
        Assert.Contains(": LEARNER (was LEARNER, AUTHOR)", output, StringComparison.Ordinal);

        (code, _, error) = await Run(Config("roles", email, "owner"));
        Assert.Equal(64, code);
        Assert.Contains("unknown role 'owner'", error, StringComparison.Ordinal);
        (code, _, error) = await Run(Config("roles", email, "1"));
        Assert.Equal(64, code);
        Assert.Contains("unknown role '1'", error, StringComparison.Ordinal);
        (code, _, error) = await Run(Config("roles", "not-an-address", "ADMIN"));
        Assert.Equal(64, code);
        Assert.Contains("is not an e-mail address", error, StringComparison.Ordinal);
        (code, _, error) = await Run(Config("roles", "nobody@example.com", "ADMIN"));
        Assert.Equal(1, code);
        Assert.Contains("no user with e-mail nobody@example.com", error, StringComparison.Ordinal);
        (code, _, error) = await Run(Config("roles"));
        Assert.Equal(64, code);
        Assert.Contains("usage: roles EMAIL", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await RolesCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
