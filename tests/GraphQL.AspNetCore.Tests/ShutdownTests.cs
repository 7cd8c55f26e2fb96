using System.Net.Http.Headers;
using System.Text;
using StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

namespace StudyGraph.GraphQL.AspNetCore.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_closes_websockets_with_1001_and_ends_event_streams()
    {
        var host = await TestHost.StartAsync();
        await using var ws = await RawSocket.ConnectAsync(host);
        await ws.InitAsync();
        await ws.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"shutdown\") { n } }"}}""");
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { ticks(topic: \"shutdown\") { n } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await host.Events.WaitForSubscribersAsync("shutdown", 2);

        var stopping = host.DisposeAsync().AsTask();
        Assert.Equal(1001, await ws.ReceiveCloseAsync());
        Assert.Null(await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(0, host.Events.Subscribers("shutdown"));
    }
}
