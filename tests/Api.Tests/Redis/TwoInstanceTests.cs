using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Live;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Ports;
using StudyGraph.Testing;
using Xunit.Abstractions;

namespace StudyGraph.Api.Tests.Redis;

/// <summary>Two API instances sharing one redis-server (and one store): a mutation on A reaches a graphql-ws subscriber on B.</summary>
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    [RequiresRedisServerFact]
    public async Task Submit_answer_on_instance_A_reaches_a_graphql_ws_subscriber_on_instance_B_in_order_without_duplicates()
    {
        await using var two = await TwoInstances.StartAsync();
        var (a, b) = (two.A, two.B);

        var token = await LiveAccounts.LearnerTokenAsync(a);
        var (_, started) = await a.PostAsync(
            "mutation { startSession(input: { examIds: [\"aws-saa-c03\"], mode: PRACTICE, questionCount: 3 }) { session { id currentQuestion { id } } } }", token: token);
        Assert.True(started.TryGetProperty("data", out _), started.ToString());
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var all = await a.Services.GetRequiredService<IQuestionRepository>().ListAsync(new QuestionQuery(ExamId: "aws-saa-c03"), new PageRequest(500));
        var stdout = NodeOracle.Run("api/session-progress.js", JsonSerializer.Serialize(new
        {
            url = new Uri(a.Address!, "/graphql").ToString(),
            wsUrl = TwoInstances.WsUrl(b),
            token,
            sessionId = session.GetProperty("id").GetString(),
            firstQuestionId = session.GetProperty("currentQuestion").GetProperty("id").GetString(),
            keys = all.Items.ToDictionary(q => GlobalId.Encode("Question", q.Id), q => q.CorrectChoiceIds),
            wrongChoices = all.Items.ToDictionary(q => GlobalId.Encode("Question", q.Id), q => q.Choices.First(c => !q.CorrectChoiceIds.Contains(c.Id)).Id),
            wrongFirst = true,
            maxAnswers = 20,
        }));
        output.WriteLine(stdout);
        using var result = JsonDocument.Parse(stdout);
        Assert.False(result.RootElement.TryGetProperty("subscriptionError", out var err), err.ToString());
        var mutations = result.RootElement.GetProperty("mutations").EnumerateArray().ToList();
        var events = result.RootElement.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("lastAnswer").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(6, mutations.Count);
        Assert.Equal(mutations.Select(m => m.GetProperty("attempts").GetInt32()), events.Select(e => e.GetProperty("progress").GetProperty("attempts").GetInt32()));
        Assert.Equal(events.Count, events.Select(e => e.GetProperty("progress").GetProperty("attempts").GetInt32()).Distinct().Count());
    }
}
