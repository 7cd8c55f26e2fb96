using System.Text.Json;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Accounts;
using static StudyGraph.Api.Tests.Learning.LearningScenario;

namespace StudyGraph.Api.Tests.Learning;

public sealed class QuestionStatsQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Query = """
        query($id: ID!) {
          questionStats(questionId: $id) {
            question { id correctChoiceIds } attempts percentCorrect discrimination averageSeconds
            mostChosenWrongChoice { id text } immediateRetryAccuracy laterAccuracy fragility
          }
        }
        """;

    private ApiHost Host => api.Host;

    [Fact]
    public async Task Learners_are_forbidden_and_anonymous_callers_must_sign_in()
    {
        var id = GlobalId.Encode("Question", "gcp-ace.q001");
        Assert.Equal("FORBIDDEN", ErrorCode(await Host.ExecuteAsync(Query, new { id }, Learner())));
        Assert.Equal("UNAUTHENTICATED", ErrorCode(await Host.ExecuteAsync(Query, new { id })));
        var admin = new Api.Context.Viewer("admin-1", [Role.Admin]);
        Assert.Equal(JsonValueKind.Object, Data(await Host.ExecuteAsync(Query, new { id }, admin), "questionStats").ValueKind);
    }

    [Fact]
    public async Task Authors_see_attempts_share_correct_and_the_most_chosen_wrong_choice()
    {
        // The first question a learner meets is answered wrong, then right on the immediate re-ask.
        var learner = Learner();
        var first = true;
        var answered = await StudyAsync(Host, learner, "comptia-sy0-701", 3, _ =>
        {
            var right = !first;
            first = false;
            return right;
        });
        var (question, right) = answered[0];
        Assert.False(right);

        var stats = Data(await Host.ExecuteAsync(Query, new { id = GlobalId.Encode("Question", question.Id) }, Author()), "questionStats");
        Assert.Equal(GlobalId.Encode("Question", question.Id), stats.GetProperty("question").GetProperty("id").GetString());
        Assert.Equal(question.CorrectChoiceIds, stats.GetProperty("question").GetProperty("correctChoiceIds").EnumerateArray().Select(c => c.GetString()!));
        Assert.True(stats.GetProperty("attempts").GetInt32() >= 2);
        Assert.Equal(0d, stats.GetProperty("percentCorrect").GetDouble());
        Assert.True(stats.GetProperty("averageSeconds").GetDouble() >= 0d);
        var wrong = stats.GetProperty("mostChosenWrongChoice");
        Assert.Equal(FirstWrongChoice(question), wrong.GetProperty("id").GetString());
        Assert.Equal(question.FindChoice(FirstWrongChoice(question))!.Text, wrong.GetProperty("text").GetString());
        Assert.Equal(1d, stats.GetProperty("immediateRetryAccuracy").GetDouble());
        Assert.Equal(JsonValueKind.Null, stats.GetProperty("discrimination").ValueKind);

        // A question answered right on the first try: 100 percent, no wrong choice.
        var (good, goodRight) = answered[^1];
        Assert.True(goodRight);
        var goodStats = Data(await Host.ExecuteAsync(Query, new { id = good.Id }, Author()), "questionStats");
        Assert.Equal(100d, goodStats.GetProperty("percentCorrect").GetDouble());
        Assert.Equal(JsonValueKind.Null, goodStats.GetProperty("mostChosenWrongChoice").ValueKind);
    }

    [Fact]
    public async Task An_unknown_question_has_no_stats()
    {
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync(Query, new { id = "no-such-question" }, Author()), "questionStats").ValueKind);
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync(Query, new { id = GlobalId.Encode("Exam", "gcp-ace") }, Author()), "questionStats").ValueKind);
    }
}
