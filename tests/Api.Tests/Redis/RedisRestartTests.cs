using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Live;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Ports;
using StudyGraph.Testing;
using Xunit.Abstractions;

namespace StudyGraph.Api.Tests.Redis;

/// <summary>
/// Two API instances over one redis-server, npm graphql-ws subscribers on both, and redis-server killed and restarted in the
/// middle of the session: mutations keep working, each instance keeps serving its own events, /health/ready says degraded
/// and then connected again, and cross-instance delivery resumes without the websocket clients doing anything, nothing twice.
/// </summary>
public sealed class RedisRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [RequiresRedisServerFact]
    public async Task Redis_restarted_mid_stream_cross_instance_delivery_resumes_by_itself_in_order_without_duplicates()
    {
        await using var two = await TwoInstances.StartAsync();
        var (redis, a, b) = (two.Redis, two.A, two.B);

        var token = await LiveAccounts.LearnerTokenAsync(a);
        var (_, started) = await a.PostAsync(
            "mutation { startSession(input: { examIds: [\"aws-saa-c03\"], mode: PRACTICE, questionCount: 8 }) { session { id currentQuestion { id } } } }", token: token);
        Assert.True(started.TryGetProperty("data", out _), started.ToString());
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var sessionId = session.GetProperty("id").GetString()!;
        string? questionId = session.GetProperty("currentQuestion").GetProperty("id").GetString();
        var all = await a.Services.GetRequiredService<IQuestionRepository>().ListAsync(new QuestionQuery(ExamId: "aws-saa-c03"), new PageRequest(500));
        var keys = all.Items.ToDictionary(q => GlobalId.Encode("Question", q.Id), q => q.CorrectChoiceIds);

        using var stream = NodeStream.Start("api/progress-stream.js", JsonSerializer.Serialize(new
        {
            clients = new[] { new { name = "A", wsUrl = TwoInstances.WsUrl(a) }, new { name = "B", wsUrl = TwoInstances.WsUrl(b) } },
            token,
            sessionId,
        }));
        var seen = new Dictionary<string, List<JsonElement>> { ["A"] = [], ["B"] = [] };
        var errors = new List<string>();

        // Warm up: pause/resume (events without an answer) until both subscriptions are live.
        for (var i = 0; i < 100 && (seen["A"].Count == 0 || seen["B"].Count == 0); i++)
        {
            await Mutate(a, "mutation($s: ID!) { pauseSession(input: {sessionId: $s}) { errors { code } } }");
            await Mutate(a, "mutation($s: ID!) { resumeSession(input: {sessionId: $s}) { errors { code } } }");
            await Task.Delay(50);
            Collect(stream.Drain());
        }
        Assert.True(seen["A"].Count > 0 && seen["B"].Count > 0, "the subscriptions never delivered a warm-up event: " + string.Join("; ", errors));

        var expected = new Dictionary<string, List<int>> { ["A"] = [], ["B"] = [] };

        // 1. Redis up: answers on A reach both.
        for (var n = 0; n < 3; n++)
        {
            var attempts = await Answer(a);
            expected["A"].Add(attempts);
            expected["B"].Add(attempts);
        }
        await UntilTrue(() => Answered("A").Count == 3 && Answered("B").Count == 3, "both subscribers have the first three answers");

        // 2. Redis killed: mutations still succeed; each instance serves its own events; both report degraded.
        redis.Stop();
        await Until(async () => (await a.Http.GetStringAsync("/health/ready")).Contains("degraded", StringComparison.Ordinal)
            && (await b.Http.GetStringAsync("/health/ready")).Contains("degraded", StringComparison.Ordinal), "/health/ready reports the degradation on both");
        var onA = await Answer(a);
        expected["A"].Add(onA);
        await UntilTrue(() => Answered("A").Contains(onA), "A's subscriber gets A's answer while Redis is down");
        var onB = await Answer(b);
        expected["B"].Add(onB);
        await UntilTrue(() => Answered("B").Contains(onB), "B's subscriber gets B's answer while Redis is down");

        // 3. Redis back on the same port: both instances reconnect and re-subscribe by themselves.
        await redis.RestartAsync();
        await Until(async () => (await a.Http.GetStringAsync("/health/ready")).Contains("Redis event bus connected", StringComparison.Ordinal)
            && (await b.Http.GetStringAsync("/health/ready")).Contains("Redis event bus connected", StringComparison.Ordinal), "/health/ready reports both reconnected");
        // Each instance missed the other's outage answer; on resuming, both subscribers are pushed the stored state
        // (no answer of its own, attempts counting both outage answers) without anyone answering again.
        await UntilTrue(() => Resumed("A").Contains(onB) && Resumed("B").Contains(onB), "both subscribers get the state after the outage");

        var last = 0;
        for (var n = 0; questionId is not null && n < 20; n++)
        {
            last = await Answer(n % 2 == 0 ? a : b); // both directions across Redis again
            expected["A"].Add(last);
            expected["B"].Add(last);
        }
        Assert.Null(questionId); // the session completed
        await UntilTrue(() => Answered("A").Contains(last) && Answered("B").Contains(last), "both subscribers have the last answer after the restart");
        await Task.Delay(300); // a late duplicate would arrive now

        var finalLines = await stream.FinishAsync(Wait);
        Collect(finalLines);
        var summary = finalLines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.TryGetProperty("summary", out _)).GetProperty("summary");
        output.WriteLine("summary " + summary + "; A " + string.Join(",", Answered("A")) + "; B " + string.Join(",", Answered("B")));

        Assert.Empty(errors);
        foreach (var name in new[] { "A", "B" })
        {
            // The websocket stayed open throughout: one connection, never closed (the client does not retry).
            Assert.Equal(1, summary.GetProperty(name).GetProperty("connected").GetInt32());
            Assert.Equal(0, summary.GetProperty(name).GetProperty("closed").GetInt32());
            var got = Answered(name);
            Assert.True(got.SequenceEqual(got.Order()), $"{name}: events out of order: {string.Join(",", got)}");
            Assert.Equal(got.Count, got.Distinct().Count());
            // Everything published while Redis was up, and this instance's own events while it was down (the other
            // instance's events of the outage are lost to it: Redis pub/sub is at-most-once, see src/Redis/README.md).
            Assert.Equal(expected[name], got.Where(expected[name].Contains));
        }

        List<int> Resumed(string client) => [.. seen[client].Where(e => e.GetProperty("lastAnswer").ValueKind == JsonValueKind.Null)
            .Select(e => e.GetProperty("progress").GetProperty("attempts").GetInt32())];

        List<int> Answered(string client) => [.. seen[client].Where(e => e.GetProperty("lastAnswer").ValueKind != JsonValueKind.Null)
            .Select(e => e.GetProperty("progress").GetProperty("attempts").GetInt32())];

        void Collect(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                var message = JsonDocument.Parse(line).RootElement.Clone();
                if (message.TryGetProperty("event", out var e)) seen[message.GetProperty("client").GetString()!].Add(e);
                else if (message.TryGetProperty("error", out var err)) errors.Add(message.GetProperty("client").GetString() + ": " + err);
            }
        }

        async Task Until(Func<Task<bool>> condition, string what)
        {
            var deadline = DateTime.UtcNow + Wait;
            while (true)
            {
                Collect(stream.Drain());
                if (await condition()) return;
                Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}; A {string.Join(",", Answered("A"))}, B {string.Join(",", Answered("B"))}; errors: {string.Join("; ", errors)}");
                await Task.Delay(50);
            }
        }

        Task UntilTrue(Func<bool> condition, string what) => Until(() => Task.FromResult(condition()), what);

        async Task Mutate(ApiHost host, string query)
        {
            var (_, body) = await host.PostAsync(query, new { s = sessionId }, token);
            Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        }

        async Task<int> Answer(ApiHost host)
        {
            Assert.NotNull(questionId);
            var (_, body) = await host.PostAsync(
                "mutation($s: ID!, $q: ID!, $c: [ID!]!) { submitAnswer(input: {sessionId: $s, questionId: $q, choiceIds: $c}) { progress { attempts } session { currentQuestion { id } } } }",
                new { s = sessionId, q = questionId, c = keys[questionId!] }, token);
            Assert.False(body.TryGetProperty("errors", out _), body.ToString());
            var result = body.GetProperty("data").GetProperty("submitAnswer");
            var current = result.GetProperty("session").GetProperty("currentQuestion");
            questionId = current.ValueKind == JsonValueKind.Null ? null : current.GetProperty("id").GetString();
            return result.GetProperty("progress").GetProperty("attempts").GetInt32();
        }
    }
}
