using System.Text.Json;
using StudyGraph.Api.Tests.Security;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Testing;
using Xunit.Abstractions;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Live;

/// <summary>The npm graphql-ws client across an access-token expiry: closed with 4403, reconnected with the next token, resubscribed.</summary>
public sealed class TokenRefreshTests(ITestOutputHelper output)
{
    [Fact]
    public async Task When_the_token_expires_the_graphql_ws_client_reconnects_with_a_fresh_one_and_its_subscription_resumes()
    {
        await using var host = await ApiHost.StartAsync(kestrel: true, settings: new Dictionary<string, string?> { ["Jwt:ClockSkewSeconds"] = "0" });
        var (access, _, _) = await SignUpAsync(host);
        var sub = TestTokens.Payload(access).GetProperty("sub").GetString()!;
        var (_, started) = await host.PostAsync(
            "mutation { startSession(input: { examIds: [\"gcp-ace\"], mode: PRACTICE, questionCount: 3 }) { session { id } } }", token: access);
        var sessionId = started.GetProperty("data").GetProperty("startSession").GetProperty("session").GetProperty("id").GetString()!;
        var shortLived = TestTokens.Signed(TestTokens.Claims(sub, expiresIn: TimeSpan.FromSeconds(4)));

        using var stream = NodeStream.Start("api/token-refresh.js", JsonSerializer.Serialize(new
        {
            wsUrl = new UriBuilder(host.Address!) { Scheme = "ws", Path = "/graphql" }.Uri.ToString(),
            tokens = new[] { shortLived, access },
            sessionId,
        }));
        var lines = new List<JsonElement>();
        int Count(string kind) => lines.Count(l => l.TryGetProperty(kind, out _));

        await NudgeUntil(() => Count("event") >= 1, "an event on the first connection");
        await Until(() => Count("closed") >= 1 && Count("connected") >= 2, "the expiry close and the reconnection");
        var eventsBefore = Count("event");
        await NudgeUntil(() => Count("event") > eventsBefore, "an event after the reconnection");

        foreach (var line in await stream.FinishAsync(TimeSpan.FromSeconds(30))) lines.Add(JsonDocument.Parse(line).RootElement.Clone());
        output.WriteLine(string.Join("\n", lines));
        Assert.DoesNotContain(lines, l => l.TryGetProperty("error", out _));
        var summary = lines.Single(l => l.TryGetProperty("summary", out _)).GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("connected").GetInt32());
        var close = summary.GetProperty("closed")[0];
        Assert.Equal(4403, close.GetProperty("code").GetInt32());
        Assert.Contains("access token has expired", close.GetProperty("reason").GetString(), StringComparison.Ordinal);

        async Task Until(Func<bool> condition, string what, int seconds = 30)
        {
            var deadline = DateTime.UtcNow.AddSeconds(seconds);
            while (!condition())
            {
                Assert.True(DateTime.UtcNow < deadline, "timed out waiting for " + what + ": " + string.Join(" ", lines));
                try
                {
                    if (await stream.ReadLineAsync(TimeSpan.FromMilliseconds(100)) is { } line) lines.Add(JsonDocument.Parse(line).RootElement.Clone());
                }
                catch (TimeoutException)
                {
                }
            }
        }

        async Task NudgeUntil(Func<bool> condition, string what)
        {
            // Pause and resume (events without an answer) until the subscription shows it is live.
            for (var i = 0; i < 60 && !condition(); i++)
            {
                await host.PostAsync("mutation($s: ID!) { pauseSession(input: {sessionId: $s}) { errors { code } } }", new { s = sessionId }, access);
                await host.PostAsync("mutation($s: ID!) { resumeSession(input: {sessionId: $s}) { errors { code } } }", new { s = sessionId }, access);
                try
                {
                    await Until(condition, what, seconds: 1);
                }
                catch (Xunit.Sdk.TrueException) when (i < 59)
                {
                }
            }
            Assert.True(condition(), "never saw " + what);
        }
    }
}
