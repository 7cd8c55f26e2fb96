using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Security;

/// <summary>The connection_init payload's token over a real Kestrel socket (graphql-transport-ws).</summary>
public sealed class WebSocketAuthTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(kestrel: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> RefusedKinds() => ["tampered", "expired", "alg-none", "issuer", "audience"];

    [Theory]
    [MemberData(nameof(RefusedKinds))]
    public async Task A_refused_token_in_connection_init_closes_the_socket_with_4403(string kind)
    {
        var (access, _, _) = await SignUpAsync(_host);
        var sub = TestTokens.Payload(access).GetProperty("sub").GetString()!;
        var token = kind switch
        {
            "tampered" => TestTokens.Tampered(access, "sub", sub + "x"),
            "expired" => TestTokens.Signed(TestTokens.Claims(sub, expiresIn: TimeSpan.FromMinutes(-5))),
            "alg-none" => TestTokens.Unsigned(TestTokens.Claims(sub)),
            "issuer" => TestTokens.Signed(TestTokens.Claims(sub, issuer: "elsewhere")),
            _ => TestTokens.Signed(TestTokens.Claims(sub, audience: "another-api")),
        };
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        var message = await ReceiveAsync(socket);
        Assert.Null(message);
        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
    }

    [Theory]
    [InlineData("Authorization", true)]
    [InlineData("authorization", true)]
    [InlineData("token", false)]
    public async Task A_valid_token_in_connection_init_makes_the_viewer_of_every_operation(string key, bool bearer)
    {
        var (access, _, userId) = await SignUpAsync(_host);
        using var socket = await ConnectAsync();
        var payload = new Dictionary<string, string> { [key] = bearer ? "Bearer " + access : access };
        await SendAsync(socket, new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { id } }" } });
        var next = (await ReceiveAsync(socket))!.Value;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(userId, next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task No_token_is_admitted_anonymously()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { id } }" } });
        var next = (await ReceiveAsync(socket))!.Value;
        Assert.Equal(JsonValueKind.Null, next.GetProperty("payload").GetProperty("data").GetProperty("me").ValueKind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_connection_ends_with_4403_when_its_access_token_expires_so_the_client_reconnects_with_a_fresh_one(bool inHeader)
    {
        // No clock skew: the token stops being accepted at its exp.
        await using var host = await ApiHost.StartAsync(kestrel: true, settings: new Dictionary<string, string?> { ["Jwt:ClockSkewSeconds"] = "0" });
        var (access, _, userId) = await SignUpAsync(host);
        var sub = TestTokens.Payload(access).GetProperty("sub").GetString()!;
        var shortLived = TestTokens.Signed(TestTokens.Claims(sub, expiresIn: TimeSpan.FromSeconds(3)));
        using var socket = await ConnectAsync(host, inHeader ? shortLived : null);
        await SendAsync(socket, inHeader ? new { type = "connection_init" } : new { type = "connection_init", payload = (object)new { Authorization = "Bearer " + shortLived } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { id } }" } });
        var next = (await ReceiveAsync(socket))!.Value;
        Assert.Equal(userId, next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetString());

        // Nothing more is asked: the server ends the connection when the token lapses.
        while (await ReceiveAsync(socket) is { } message) Assert.NotEqual("next", message.GetProperty("type").GetString());
        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
        Assert.Contains("access token has expired", socket.CloseStatusDescription, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.UtcNow >= DateTimeOffset.FromUnixTimeSeconds(TestTokens.Payload(shortLived).GetProperty("exp").GetInt64()), "closed before the token expired");

        // A fresh token opens a new connection (a token good for 10 minutes stays open meanwhile).
        using var again = await ConnectAsync(host, null);
        await SendAsync(again, new { type = "connection_init", payload = new { Authorization = "Bearer " + access } });
        Assert.Equal("connection_ack", (await ReceiveAsync(again))!.Value.GetProperty("type").GetString());
    }

    private Task<ClientWebSocket> ConnectAsync() => ConnectAsync(_host, null);

    private static async Task<ClientWebSocket> ConnectAsync(ApiHost host, string? bearer)
    {
        var socket = new ClientWebSocket();
        if (bearer is not null) socket.Options.SetRequestHeader("Authorization", "Bearer " + bearer);
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(host.Address!) { Scheme = "ws", Path = "/graphql" }.Uri;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(uri, cts.Token);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket.</summary>
    private static async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) break;
        }
        return JsonDocument.Parse(Encoding.UTF8.GetString(text.ToArray())).RootElement.Clone();
    }
}
