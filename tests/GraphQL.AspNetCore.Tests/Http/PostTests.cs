using System.Net;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

public sealed class PostTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = fixture.Host.CreateClient();

    [Fact]
    public async Task A_query_without_accept_gets_graphql_response_json()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "{ hello }");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal(GraphQLResponse, r.MediaType);
        Assert.Equal("Hello, world!", r.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("utf-8", r.Response.Content.Headers.ContentType!.CharSet);
    }

    [Fact]
    public async Task Accept_application_json_gets_application_json()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "{ hello }", "application/json");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("application/json", r.MediaType);
    }

    [Fact]
    public async Task Variables_and_operation_name_select_and_feed_the_operation()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "query A { hello } query B($n: String) { hello(name: $n) }", null, new { n = "Ada" }, "B");
        Assert.Equal("Hello, Ada!", r.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Extensions_reach_the_resolvers()
    {
        var r = await HttpAssert.PostAsync(_client, """{"query":"{ extension(name: \"trace\") }","extensions":{"trace":"abc"}}""");
        Assert.Equal("abc", r.Body.GetProperty("data").GetProperty("extension").GetString());
    }

    [Fact]
    public async Task Resolvers_get_the_request_services_and_the_http_context()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "{ transport }");
        Assert.Equal("http", r.Body.GetProperty("data").GetProperty("transport").GetString());
    }

    [Fact]
    public async Task A_mutation_by_post_runs()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "mutation { increment(by: 5) }");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.True(r.Body.GetProperty("data").GetProperty("increment").GetInt32() >= 5);
    }

    [Theory]
    [InlineData("{ hello(", "Syntax Error")]
    [InlineData("{ nope }", "Cannot query field \"nope\"")]
    [InlineData("query A { hello } query B { hello }", "Must provide operation name")]
    public async Task Request_errors_are_400_without_data_for_graphql_response_json(string query, string message)
    {
        var r = await HttpAssert.PostQueryAsync(_client, query, GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.False(r.HasData);
        Assert.Contains(message, r.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ hello(", "Syntax Error")]
    [InlineData("{ nope }", "Cannot query field \"nope\"")]
    public async Task Request_errors_are_200_for_application_json(string query, string message)
    {
        var r = await HttpAssert.PostQueryAsync(_client, query, "application/json");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Contains(message, r.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "query A { hello }", GraphQLResponse, operationName: "Z");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("Unknown operation named \"Z\".", r.FirstError);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_for_graphql_response_json()
    {
        var r = await HttpAssert.PostAsync(_client, """{"query":"query($n: String!) { hello(name: $n) }","variables":{"n":null}}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.False(r.HasData);
    }

    [Fact]
    public async Task A_field_error_keeps_200_and_partial_data()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "{ hello fail }", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("Hello, world!", r.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("TEST_FAILURE", r.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"query\": ", "not valid JSON")]
    [InlineData("", "empty")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{}", "'query' parameter is required")]
    [InlineData("{\"query\": 1}", "'query' parameter must be a string")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"x\"}", "'variables' parameter must be an object")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": [1]}", "'variables' parameter must be an object")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 3}", "'operationName' parameter must be a string")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": false}", "'extensions' parameter must be an object")]
    public async Task Malformed_requests_get_400_with_a_clear_message(string body, string message)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var r = await HttpAssert.PostAsync(_client, body, accept);
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Contains(message, r.FirstError, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Unsupported_content_types_get_415(string contentType)
    {
        var r = await HttpAssert.PostAsync(_client, """{"query":"{ hello }"}""", null, contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.Status);
    }

    [Fact]
    public async Task Nothing_acceptable_gets_406()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "{ hello }", "text/xml, application/json;q=0");
        Assert.Equal(HttpStatusCode.NotAcceptable, r.Status);
    }

    [Fact]
    public async Task A_subscription_by_http_gets_a_clear_error()
    {
        var r = await HttpAssert.PostQueryAsync(_client, "subscription { ticks(topic: \"x\") { n } }", GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains("WebSocket", r.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_get_405_with_allow()
    {
        using var response = await _client.PutAsync("/graphql", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("Allow")));
    }

    [Fact]
    public async Task The_context_provider_builds_the_user_context_and_may_refuse()
    {
        var seen = await HttpAssert.PostAsync(_client, """{"query":"{ whoami }"}""", null, configure: r => r.Headers.Add("X-User", "alice"));
        Assert.Equal("alice", seen.Body.GetProperty("data").GetProperty("whoami").GetString());
        var refused = await HttpAssert.PostAsync(_client, """{"query":"{ whoami }"}""", null, configure: r => r.Headers.Add("X-User", "nobody"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public static TheoryData<string, string> HostileDocuments() => new()
    {
        { "deep nesting", new string('{', 2000) + " hello " + new string('}', 2000) },
        { "alias flood", "{ " + string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"a{i}: hello")) + " }" },
        { "huge document", "{ hello }" + new string(' ', 1_100_000) },
        { "fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }" },
    };

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    public async Task Hostile_documents_get_a_request_error_and_the_server_keeps_serving(string name, string query)
    {
        var r = await HttpAssert.PostQueryAsync(_client, query, GraphQLResponse);
        Assert.True((int)r.Status is 400 or 413, $"{name}: {r.Status}");
        Assert.False(r.HasData, name);
        var good = await HttpAssert.PostQueryAsync(_client, "{ hello }");
        Assert.Equal(HttpStatusCode.OK, good.Status);
    }

    [Fact]
    public async Task Hostile_requests_leave_the_server_serving()
    {
        var bodies = new[] { "{", "nul", "\"\\uD800\"", new string('[', 5000), "{\"query\":\"" + new string('{', 3000) + "\"}", "{\"query\":\"{ hello }\",\"variables\":" + new string('[', 200) + "}" };
        foreach (var body in bodies)
        {
            var bad = await HttpAssert.PostAsync(_client, body, "application/json");
            Assert.True((int)bad.Status is >= 200 and < 500, $"{bad.Status} for {body[..Math.Min(20, body.Length)]}");
        }
        var good = await HttpAssert.PostQueryAsync(_client, "{ hello }");
        Assert.Equal(HttpStatusCode.OK, good.Status);
    }
}
