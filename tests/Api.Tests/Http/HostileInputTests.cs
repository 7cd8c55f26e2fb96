using System.Net;
using System.Text;
using System.Text.Json;
using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Http;

/// <summary>Bad and hostile requests get the GraphQL-over-HTTP answer, and the server keeps serving.</summary>
public sealed class HostileInputTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<(HttpStatusCode Status, string Body)> PostRawAsync(string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await api.Host.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task StillServingAsync()
    {
        var (status, body) = await api.Host.PostAsync("{ providers { slug } }");
        Assert.Equal(200, status);
        Assert.Equal(4, body.GetProperty("data").GetProperty("providers").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"query\": \"{ providers { slug } }\"", "JSON")]
    [InlineData("[1, 2]", "object")]
    [InlineData("{\"variables\": {}}", "query")]
    [InlineData("{\"query\": 42}", "query")]
    [InlineData("{\"query\": \"{ providers { slug } }\", \"variables\": [1]}", "variables")]
    public async Task Malformed_requests_get_400_with_a_clear_message(string body, string mentions)
    {
        var (status, text) = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var json = JsonDocument.Parse(text);
        var message = json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains(mentions, message, StringComparison.OrdinalIgnoreCase);
        await StillServingAsync();
    }

    [Fact]
    public async Task An_unknown_operation_name_is_refused()
    {
        var (status, body) = await api.Host.PostAsync("query A { providers { slug } } query B { providers { name } }", operationName: "C");
        Assert.Equal(400, status);
        Assert.Contains("\"C\"", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await StillServingAsync();
    }

    [Fact]
    public async Task A_huge_document_is_refused_with_413()
    {
        var query = "{ providers { slug } }" + new string(' ', 2_000_000);
        var (status, _) = await PostRawAsync(JsonSerializer.Serialize(new { query }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        await StillServingAsync();
    }

    [Fact]
    public async Task Deep_nesting_is_refused_by_the_depth_limit()
    {
        var sb = new StringBuilder("{ exams { nodes { ");
        for (var i = 0; i < 20; i++) sb.Append("provider { exams { nodes { ");
        sb.Append("slug");
        for (var i = 0; i < 20; i++) sb.Append(" } } }");
        sb.Append(" } } }");
        var (status, body) = await api.Host.PostAsync(sb.ToString());
        Assert.Equal(400, status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await StillServingAsync();
    }

    [Fact]
    public async Task Nesting_beyond_the_parser_limit_is_a_syntax_error_not_a_crash()
    {
        var query = new string('{', 5000) + new string('}', 5000);
        var (status, body) = await api.Host.PostAsync(query);
        Assert.Equal(400, status);
        Assert.NotEmpty(body.GetProperty("errors")[0].GetProperty("message").GetString()!);
        await StillServingAsync();
    }

    [Fact]
    public async Task An_alias_flood_is_refused_by_the_alias_limit()
    {
        var sb = new StringBuilder("{ ");
        for (var i = 0; i < 2000; i++) sb.Append('a').Append(i).Append(": providers { slug } ");
        sb.Append('}');
        var (status, body) = await api.Host.PostAsync(sb.ToString());
        Assert.Equal(400, status);
        Assert.Equal("MAX_ALIASES_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await StillServingAsync();
    }

    [Fact]
    public async Task A_costly_query_is_refused_by_the_cost_limit()
    {
        var (status, body) = await api.Host.PostAsync("{ exams(first: 50) { nodes { questions(first: 50) { nodes { exam { questions(first: 50) { nodes { id text } } } } } } } }");
        Assert.Equal(400, status);
        Assert.Equal("MAX_COST_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await StillServingAsync();
    }

    [Fact]
    public async Task A_mutation_by_get_is_refused_with_405()
    {
        using var response = await api.Host.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { logout(input: { refreshToken: \"x\" }) { success } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await StillServingAsync();
    }
}
