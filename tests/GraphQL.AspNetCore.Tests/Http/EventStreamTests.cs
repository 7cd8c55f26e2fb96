using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Operations over Server-Sent Events (graphql-sse distinct connections mode).</summary>
public sealed class EventStreamTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestHost _host = fixture.Host;

    private static HttpRequestMessage Post(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    /// <summary>Reads one event (<c>event:</c> and <c>data:</c> lines up to a blank line), skipping comment lines.</summary>
    private static async Task<(string Event, string Data)> ReadEventAsync(StreamReader reader)
    {
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) ?? throw new EndOfStreamException();
            if (line.Length == 0)
            {
                if (name is null) continue;
                return (name, data.ToString());
            }
            if (line.StartsWith(':')) continue;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line["data: ".Length..]);
        }
    }

    [Fact]
    public async Task A_subscription_streams_next_events_in_order_then_complete()
    {
        using var client = _host.CreateClient();
        using var response = await client.SendAsync(Post("subscription { ticks(topic: \"sse\") { n } }"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await _host.Events.WaitForSubscribersAsync("sse", 1);
        for (var i = 1; i <= 3; i++) _host.Events.Publish("sse", i);
        _host.Events.Complete("sse");
        for (var i = 1; i <= 3; i++)
        {
            var (name, data) = await ReadEventAsync(reader);
            Assert.Equal("next", name);
            Assert.Equal(i, JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("ticks").GetProperty("n").GetInt32());
        }
        Assert.Equal("complete", (await ReadEventAsync(reader)).Event);
    }

    [Fact]
    public async Task A_failing_event_source_ends_the_stream_with_an_internal_error_event()
    {
        using var client = _host.CreateClient();
        using var response = await client.SendAsync(Post("subscription { ticks(topic: \"sse-broken\") { n } }"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await _host.Events.WaitForSubscribersAsync("sse-broken", 1);
        _host.Events.Publish("sse-broken", -1);
        var (name, data) = await ReadEventAsync(reader);
        Assert.Equal("next", name);
        var error = JsonDocument.Parse(data).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await ReadEventAsync(reader)).Event);
    }

    [Fact]
    public async Task A_query_by_get_streams_one_next_then_complete()
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20hello%20%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var (name, data) = await ReadEventAsync(reader);
        Assert.Equal("next", name);
        Assert.Equal("Hello, world!", JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await ReadEventAsync(reader)).Event);
    }

    [Fact]
    public async Task Disconnecting_cancels_the_subscription()
    {
        using var client = _host.CreateClient();
        var response = await client.SendAsync(Post("subscription { ticks(topic: \"sse-gone\") { n } }"), HttpCompletionOption.ResponseHeadersRead);
        await _host.Events.WaitForSubscribersAsync("sse-gone", 1);
        response.Dispose();
        client.Dispose();
        await _host.Events.WaitForSubscribersAsync("sse-gone", 0);
    }

    [Fact]
    public async Task An_invalid_document_gets_400_json_instead_of_a_stream()
    {
        using var client = _host.CreateClient();
        var r = await HttpAssert.ReadAsync(await client.SendAsync(Post("subscription { nope }")));
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/graphql-response+json", r.MediaType);
        Assert.Contains("nope", r.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_stream_gets_keep_alive_comments()
    {
        await using var host = await TestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var client = host.CreateClient();
        using var response = await client.SendAsync(Post("subscription { ticks(topic: \"idle\") { n } }"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(":", line);
    }
}
