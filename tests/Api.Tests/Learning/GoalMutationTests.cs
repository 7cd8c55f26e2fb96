using System.Text.Json;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Learning.LearningScenario;

namespace StudyGraph.Api.Tests.Learning;

public sealed class GoalMutationTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Exam = "azure-az-900";

    private const string GoalFields = "id exam { slug } targetDate dailyQuestionTarget answeredToday metToday daysLeft onTrack";

    private const string Create = $$"""
        mutation($input: CreateGoalInput!) {
          createGoal(input: $input) { goal { {{GoalFields}} } errors { __typename message code ... on ValidationError { field } } }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateGoalInput!) {
          updateGoal(input: $input) { goal { {{GoalFields}} } errors { __typename message code ... on ValidationError { field } } }
        }
        """;

    private const string Delete = """
        mutation($id: ID!) { deleteGoal(input: { goalId: $id }) { deletedGoalId errors { __typename message code } } }
        """;

    private ApiHost Host => api.Host;

    private static DateTime TodayUtc => DateTime.UtcNow.Date;

    private async Task<JsonElement> CreateAsync(object input, Api.Context.Viewer viewer) =>
        Data(await Host.ExecuteAsync(Create, new { input }, viewer), "createGoal");

    [Fact]
    public async Task A_created_goal_shows_its_date_target_and_progress_and_appears_in_analytics()
    {
        var learner = Learner();
        var target = TodayUtc.AddDays(30);
        var payload = await CreateAsync(new { examId = Exam, targetDate = target.ToString("yyyy-MM-dd") + "T00:00:00Z", dailyQuestionTarget = 2 }, learner);
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var goal = payload.GetProperty("goal");
        Assert.True(GlobalId.TryDecode(goal.GetProperty("id").GetString(), out var type, out _));
        Assert.Equal("Goal", type);
        Assert.Equal(Exam, goal.GetProperty("exam").GetProperty("slug").GetString());
        Assert.Equal(target.ToString("yyyy-MM-dd") + "T00:00:00.000Z", goal.GetProperty("targetDate").GetString());
        Assert.Equal(2, goal.GetProperty("dailyQuestionTarget").GetInt32());
        Assert.Equal(0, goal.GetProperty("answeredToday").GetInt32());
        Assert.False(goal.GetProperty("metToday").GetBoolean());
        Assert.Equal(30, goal.GetProperty("daysLeft").GetInt32());
        Assert.False(goal.GetProperty("onTrack").GetBoolean());

        // Two answers in the goal's exam meet today's target; analytics (of any exam) list the goal.
        await StudyAsync(Host, learner, Exam, 2, _ => true);
        var analytics = Data(await Host.ExecuteAsync($"{{ myAnalytics(examId: \"aws-saa-c03\") {{ goals {{ {GoalFields} }} }} }}", null, learner), "myAnalytics");
        var listed = Assert.Single(analytics.GetProperty("goals").EnumerateArray());
        Assert.Equal(goal.GetProperty("id").GetString(), listed.GetProperty("id").GetString());
        Assert.Equal(2, listed.GetProperty("answeredToday").GetInt32());
        Assert.True(listed.GetProperty("metToday").GetBoolean());
    }

    [Fact]
    public async Task A_daily_target_out_of_range_is_a_validation_error_on_its_field()
    {
        var payload = await CreateAsync(new { examId = Exam, targetDate = "2031-01-01T00:00:00Z", dailyQuestionTarget = 0 }, Learner());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("goal").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("VALIDATION", error.GetProperty("code").GetString());
        Assert.Equal("input.dailyQuestionTarget", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_exam_is_not_found()
    {
        var payload = await CreateAsync(new { examId = "no-such-exam", targetDate = "2031-01-01T00:00:00Z", dailyQuestionTarget = 3 }, Learner());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("goal").ValueKind);
        Assert.Equal("NotFoundError", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Owners_update_and_delete_their_goals_and_nobody_else_can_touch_or_see_them()
    {
        var owner = Learner();
        var other = Learner();
        var created = await CreateAsync(new { examId = GlobalId.Encode("Exam", Exam), targetDate = "2031-03-01T10:00:00+02:00", dailyQuestionTarget = 5 }, owner);
        var id = created.GetProperty("goal").GetProperty("id").GetString()!;
        Assert.Equal("2031-03-01T00:00:00.000Z", created.GetProperty("goal").GetProperty("targetDate").GetString());

        var stolen = Data(await Host.ExecuteAsync(Update, new { input = new { goalId = id, dailyQuestionTarget = 50 } }, other), "updateGoal");
        Assert.Equal(JsonValueKind.Null, stolen.GetProperty("goal").ValueKind);
        var notFound = Assert.Single(stolen.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", notFound.GetProperty("__typename").GetString());
        var deleteByOther = Data(await Host.ExecuteAsync(Delete, new { id }, other), "deleteGoal");
        Assert.Equal(JsonValueKind.Null, deleteByOther.GetProperty("deletedGoalId").ValueKind);
        Assert.Equal("NotFoundError", Assert.Single(deleteByOther.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        // The other learner's refusal reads like a goal that does not exist at all.
        var missing = Data(await Host.ExecuteAsync(Delete, new { id = GlobalId.Encode("Goal", "goal-does-not-exist") }, other), "deleteGoal");
        Assert.Equal(notFound.GetProperty("message").GetString()!.Replace(id, "X"),
            missing.GetProperty("errors")[0].GetProperty("message").GetString()!.Replace(GlobalId.Encode("Goal", "goal-does-not-exist"), "X"));

        var updated = Data(await Host.ExecuteAsync(Update, new { input = new { goalId = id, dailyQuestionTarget = 12 } }, owner), "updateGoal");
        Assert.Equal(0, updated.GetProperty("errors").GetArrayLength());
        Assert.Equal(12, updated.GetProperty("goal").GetProperty("dailyQuestionTarget").GetInt32());
        Assert.Equal("2031-03-01T00:00:00.000Z", updated.GetProperty("goal").GetProperty("targetDate").GetString());
        var moved = Data(await Host.ExecuteAsync(Update, new { input = new { goalId = id, targetDate = "2031-04-02T00:00:00Z" } }, owner), "updateGoal");
        Assert.Equal("2031-04-02T00:00:00.000Z", moved.GetProperty("goal").GetProperty("targetDate").GetString());
        Assert.Equal(12, moved.GetProperty("goal").GetProperty("dailyQuestionTarget").GetInt32());
        var invalid = Data(await Host.ExecuteAsync(Update, new { input = new { goalId = id, dailyQuestionTarget = 1001 } }, owner), "updateGoal");
        Assert.Equal("input.dailyQuestionTarget", Assert.Single(invalid.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());

        var deleted = Data(await Host.ExecuteAsync(Delete, new { id }, owner), "deleteGoal");
        Assert.Equal(id, deleted.GetProperty("deletedGoalId").GetString());
        Assert.Equal(0, deleted.GetProperty("errors").GetArrayLength());
        var again = Data(await Host.ExecuteAsync(Delete, new { id }, owner), "deleteGoal");
        Assert.Equal("NotFoundError", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        var goals = Data(await Host.ExecuteAsync("{ myAnalytics(examId: \"azure-az-900\") { goals { id } } }", null, owner), "myAnalytics");
        Assert.Equal(0, goals.GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public async Task Node_finds_a_goal_for_its_owner_only()
    {
        var owner = Learner();
        var created = await CreateAsync(new { examId = Exam, targetDate = "2031-05-01T00:00:00Z", dailyQuestionTarget = 4 }, owner);
        var id = created.GetProperty("goal").GetProperty("id").GetString()!;
        const string query = "query($id: ID!) { node(id: $id) { __typename id ... on Goal { dailyQuestionTarget exam { slug } } } }";
        var mine = Data(await Host.ExecuteAsync(query, new { id }, owner), "node");
        Assert.Equal("Goal", mine.GetProperty("__typename").GetString());
        Assert.Equal(id, mine.GetProperty("id").GetString());
        Assert.Equal(4, mine.GetProperty("dailyQuestionTarget").GetInt32());
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync(query, new { id }, Learner()), "node").ValueKind);
        Assert.Equal(JsonValueKind.Null, Data(await Host.ExecuteAsync(query, new { id }), "node").ValueKind);
    }

    [Fact]
    public async Task Goal_mutations_need_a_signed_in_learner()
    {
        var r = await Host.ExecuteAsync(Create, new { input = new { examId = Exam, targetDate = "2031-01-01T00:00:00Z", dailyQuestionTarget = 3 } });
        Assert.Equal("UNAUTHENTICATED", ErrorCode(r));
    }
}
