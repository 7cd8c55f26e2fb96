using System.Net;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

public sealed class GetTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Host.CreateClient();

    [Fact]
    public async Task A_query_by_get_runs_with_url_encoded_variables()
    {
        var query = Uri.EscapeDataString("query($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Grace"}""");
        var r = await HttpAssert.GetAsync(_client, $"/graphql?query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("application/graphql-response+json", r.MediaType);
        Assert.Equal("Hello, Grace!", r.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_by_get_gets_405_with_allow_post()
    {
        var r = await HttpAssert.GetAsync(_client, "/graphql?query=" + Uri.EscapeDataString("mutation { increment }"), "application/json");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.Status);
        Assert.Equal("POST", string.Join(",", r.Response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%5B1%5D", "'variables' parameter must be a JSON-encoded object")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7Bbad", "'variables' parameter must be a JSON-encoded object")]
    [InlineData("/graphql?query=a&query=b", "'query' parameter must be given once")]
    [InlineData("/graphql?operationName=x", "'query' parameter is required")]
    public async Task Bad_query_strings_get_400(string url, string message)
    {
        var r = await HttpAssert.GetAsync(_client, url, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains(message, r.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_returns_the_schema_as_text()
    {
        using var response = await _client.GetAsync("/graphql?sdl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Subscription {", sdl, StringComparison.Ordinal);
        Assert.Contains("ticks(topic: String!): Tick!", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_gets_the_ide_page_naming_the_endpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await _client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<code id=\"endpoint\">/graphql</code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_with_a_query_gets_json()
    {
        var r = await HttpAssert.GetAsync(_client, "/graphql?query=%7B%20hello%20%7D", "text/html,*/*;q=0.8");
        Assert.Equal("application/json", r.MediaType);
        Assert.Equal("Hello, world!", r.Body.GetProperty("data").GetProperty("hello").GetString());
    }
}
