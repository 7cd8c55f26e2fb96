using System.Net;
using System.Text.Json;
using StudyGraph.Api.Tests.Support;
using StudyGraph.GraphQL.Execution;
using StudyGraph.Testing;

namespace StudyGraph.Api.Tests.Http;

public sealed class HttpEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Fact]
    public async Task Post_graphql_answers_a_query()
    {
        var (status, body) = await api.Host.PostAsync("{ exam(id: \"gcp-ace\") { code } }");
        Assert.Equal(200, status);
        Assert.Equal("ACE", body.GetProperty("data").GetProperty("exam").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Introspection_and_the_sdl_endpoint_describe_exactly_the_contract_according_to_graphql_js()
    {
        var (status, introspection) = await api.Host.PostAsync(IntrospectionQuery.Full);
        Assert.True(status == 200, introspection.ToString());
        Assert.False(introspection.TryGetProperty("errors", out _), introspection.ToString());
        var sdl = await api.Host.Http.GetStringAsync("/graphql?sdl");
        var contract = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema.graphql"));
        var output = NodeOracle.Run("api/schema-compare.js", JsonSerializer.Serialize(new { contract, introspection = introspection.GetProperty("data"), sdl }));
        using var printed = JsonDocument.Parse(output);
        var fromContract = printed.RootElement.GetProperty("contract").GetString()!;
        Assert.DoesNotContain("ERROR", fromContract[..Math.Min(6, fromContract.Length)]);
        Assert.Contains("type StudySession implements Node", fromContract);
        Assert.Equal(fromContract, printed.RootElement.GetProperty("introspection").GetString());
        Assert.Equal(fromContract, printed.RootElement.GetProperty("sdl").GetString());
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        using var live = await api.Host.Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var ready = await api.Host.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var text = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"store\"", text);
        Assert.Contains("Healthy", text);
    }
}
