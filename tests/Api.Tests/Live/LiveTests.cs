using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Ports;
using StudyGraph.Testing;
using Xunit.Abstractions;

namespace StudyGraph.Api.Tests.Live;

/// <summary>The running server (Kestrel on loopback) against the npm reference clients.</summary>
public sealed class LiveTests(LiveApi api, ITestOutputHelper output) : IClassFixture<LiveApi>
{
    [Fact]
    public void The_graphql_http_audit_passes_every_MUST_against_the_running_api()
    {
        var stdout = NodeOracle.Run("transport/audit.js", JsonSerializer.Serialize(new { url = api.Url }));
        using var results = JsonDocument.Parse(stdout);
        var audits = results.RootElement.EnumerateArray().ToList();
        Assert.True(audits.Count > 40, $"only {audits.Count} audits ran");
        var failedMusts = new List<string>();
        foreach (var audit in audits)
        {
            var status = audit.GetProperty("status").GetString();
            var name = audit.GetProperty("name").GetString()!;
            output.WriteLine($"{status,-6} {name}");
            if (status != "ok" && name.StartsWith("MUST", StringComparison.Ordinal)) failedMusts.Add(name + ": " + audit.GetProperty("reason").GetString());
        }
        Assert.Empty(failedMusts);
    }

    [Fact]
    public async Task The_graphql_ws_client_receives_every_progress_event_of_a_session_in_order()
    {
        var token = await LiveAccounts.LearnerTokenAsync(api.Host);
        var (_, started) = await api.Host.PostAsync(
            "mutation { startSession(input: { examIds: [\"comptia-sy0-701\"], mode: PRACTICE, questionCount: 3 }) { session { id currentQuestion { id } } errors { message } } }",
            token: token);
        Assert.True(started.TryGetProperty("data", out _), started.ToString());
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var questions = api.Host.Services.GetRequiredService<IQuestionRepository>();
        var all = await questions.ListAsync(new QuestionQuery(ExamId: "comptia-sy0-701"), new PageRequest(500));
        var keys = all.Items.ToDictionary(q => GlobalId.Encode("Question", q.Id), q => q.CorrectChoiceIds);
        var wrong = all.Items.ToDictionary(q => GlobalId.Encode("Question", q.Id), q => q.Choices.First(c => !q.CorrectChoiceIds.Contains(c.Id)).Id);
        var stdout = NodeOracle.Run("api/session-progress.js", JsonSerializer.Serialize(new
        {
            url = api.Url,
            wsUrl = api.WsUrl,
            token,
            sessionId = session.GetProperty("id").GetString(),
            firstQuestionId = session.GetProperty("currentQuestion").GetProperty("id").GetString(),
            keys,
            wrongChoices = wrong,
            wrongFirst = true,
            maxAnswers = 20,
        }));
        output.WriteLine(stdout);
        using var result = JsonDocument.Parse(stdout);
        Assert.False(result.RootElement.TryGetProperty("subscriptionError", out var err), err.ToString());
        var mutations = result.RootElement.GetProperty("mutations").EnumerateArray().ToList();
        var events = result.RootElement.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("lastAnswer").ValueKind != JsonValueKind.Null).ToList();
        // 1 wrong + 1 re-ask + 2 more for the pool + 2 other questions = 6 answers, then SESSION_COMPLETE.
        Assert.Equal(6, mutations.Count);
        Assert.Equal("SESSION_COMPLETE", mutations[^1].GetProperty("nextAction").GetString());
        Assert.Equal(mutations.Count, events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(mutations[i].GetProperty("attempts").GetInt32(), events[i].GetProperty("progress").GetProperty("attempts").GetInt32());
            Assert.Equal(mutations[i].GetProperty("questionId").GetString(), events[i].GetProperty("lastAnswer").GetProperty("questionId").GetString());
            Assert.Equal(mutations[i].GetProperty("nextAction").GetString(), events[i].GetProperty("lastAnswer").GetProperty("nextAction").GetString());
        }
        Assert.False(events[0].GetProperty("lastAnswer").GetProperty("answeredCorrectly").GetBoolean());
        Assert.Equal("(+1 Question @ 2 Tries)", events[0].GetProperty("penaltyIndicator").GetProperty("text").GetString());
        Assert.Equal("COMPLETED", events[^1].GetProperty("session").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_learner_cannot_subscribe_to_another_learners_session_nor_to_exam_activity()
    {
        var owner = await LiveAccounts.LearnerTokenAsync(api.Host);
        var intruder = await LiveAccounts.LearnerTokenAsync(api.Host);
        var (_, started) = await api.Host.PostAsync(
            "mutation { startSession(input: { examIds: [\"gcp-ace\"], mode: PRACTICE, questionCount: 2 }) { session { id } } }", token: owner);
        var id = started.GetProperty("data").GetProperty("startSession").GetProperty("session").GetProperty("id").GetString();
        var probe = NodeOracle.Run("api/subscribe-once.js", JsonSerializer.Serialize(new
        {
            wsUrl = api.WsUrl,
            token = intruder,
            queries = new object[]
            {
                new { query = "subscription($s: ID!) { sessionProgress(sessionId: $s) { progress { attempts } } }", variables = new { s = id } },
                new { query = "subscription { examActivity(examId: \"gcp-ace\") { activeSessions } }", variables = new { } },
            },
        }));
        output.WriteLine(probe);
        using var doc = JsonDocument.Parse(probe);
        var codes = doc.RootElement.EnumerateArray().Select(r => r.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["FORBIDDEN", "FORBIDDEN"], codes);
    }

    [Fact]
    public async Task Exam_activity_pushes_an_update_after_an_answer_for_authors()
    {
        var author = await LiveAccounts.TokenWithRoleAsync(api.Host, Role.Author);
        var learner = await LiveAccounts.LearnerTokenAsync(api.Host);
        var (_, started) = await api.Host.PostAsync(
            "mutation { startSession(input: { examIds: [\"azure-az-900\"], mode: PRACTICE, questionCount: 2 }) { session { id currentQuestion { id } } } }", token: learner);
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var probe = NodeOracle.Run("api/activity.js", JsonSerializer.Serialize(new
        {
            url = api.Url,
            wsUrl = api.WsUrl,
            authorToken = author,
            learnerToken = learner,
            examId = "azure-az-900",
            sessionId = session.GetProperty("id").GetString(),
            questionId = session.GetProperty("currentQuestion").GetProperty("id").GetString(),
        }));
        output.WriteLine(probe);
        using var doc = JsonDocument.Parse(probe);
        var first = doc.RootElement.GetProperty("first");
        var after = doc.RootElement.GetProperty("afterAnswer");
        Assert.True(first.GetProperty("activeSessions").GetInt32() >= 1);
        Assert.Equal(15, first.GetProperty("recent").GetArrayLength());
        var answersBefore = first.GetProperty("recent").EnumerateArray().Sum(p => p.GetProperty("answers").GetInt32());
        var answersAfter = after.GetProperty("recent").EnumerateArray().Sum(p => p.GetProperty("answers").GetInt32());
        Assert.Equal(answersBefore + 1, answersAfter);
        Assert.True(doc.RootElement.GetProperty("millisToUpdate").GetDouble() < 2000);
    }
}
