using System.Net;
using System.Text;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Size limits, aborted requests and disabled features, each on a server with its own options.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task Bodies_and_query_strings_over_the_limit_get_413_and_the_server_keeps_serving()
    {
        await using var host = await TestHost.StartAsync(o => o.MaxRequestBytes = 2048);
        using var client = host.CreateClient();
        var big = "{\"query\":\"{ hello }\",\"x\":\"" + new string('a', 4000) + "\"}";

        var declared = await HttpAssert.PostAsync(client, big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.Status);

        using var streamed = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(big))),
        };
        streamed.Content.Headers.ContentType = new("application/json");
        using var streamedResponse = await client.SendAsync(streamed);
        Assert.Null(streamed.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamedResponse.StatusCode);

        var get = await HttpAssert.GetAsync(client, "/graphql?query=%7B%20hello%20%7D&pad=" + new string('p', 3000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, get.Status);

        var small = await HttpAssert.PostQueryAsync(client, "{ hello }");
        Assert.Equal(HttpStatusCode.OK, small.Status);
    }

    [Fact]
    public async Task An_aborted_request_cancels_the_execution()
    {
        await using var host = await TestHost.StartAsync();
        using var client = host.CreateClient();
        using var cts = new CancellationTokenSource();
        var request = HttpAssert.PostQueryAsync(client, "{ slow }");
        await host.Probe.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        client.CancelPendingRequests();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await host.Probe.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(host.Probe.SlowCancelled.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Disabled_get_and_sdl_are_refused()
    {
        await using var host = await TestHost.StartAsync(o =>
        {
            o.EnableGetRequests = false;
            o.EnableSdlEndpoint = false;
        });
        using var client = host.CreateClient();
        var get = await HttpAssert.GetAsync(client, "/graphql?query=%7B%20hello%20%7D");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
        var sdl = await HttpAssert.GetAsync(client, "/graphql?sdl");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, sdl.Status);
    }

    [Fact]
    public async Task Without_a_provider_requests_run_with_an_empty_context()
    {
        await using var host = await TestHost.StartAsync(withProvider: false);
        using var client = host.CreateClient();
        var r = await HttpAssert.PostAsync(client, """{"query":"{ whoami }"}""", null, configure: m => m.Headers.Add("X-User", "alice"));
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Body.GetProperty("data").GetProperty("whoami").ValueKind);
    }

    /// <summary>A body stream that does not tell its length, so the client sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
