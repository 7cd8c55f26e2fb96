using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Accounts;
using static StudyGraph.Api.Tests.Learning.LearningScenario;

namespace StudyGraph.Api.Tests.Learning;

public sealed class AnalyticsQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Exam = "aws-saa-c03";

    private const string Query = """
        query($examId: ID!) {
          myAnalytics(examId: $examId) {
            exam { slug }
            topics { topic { id name } mastery ability answered accuracy }
            trend { day answered accuracy }
            readiness { expectedScore standardDeviation passingFraction passProbability topics { topic { id } weight predictedChance } }
            recommendations { weakTopics { topic { id } mastery priority } dueReviews nextSession { mode topics { id } questionCount reason } }
            streak { current longest studiedToday lastStudyDay }
            goals { id }
            skills { skill providers { provider { slug } answered accuracy } }
          }
        }
        """;

    private ApiHost Host => api.Host;

    private static string TopicGlobalId(string topicId) => GlobalId.Encode("Topic", Exam + "/" + topicId);

    private static string Today(TimeSpan offset) =>
        DateOnly.FromDateTime(DateTime.UtcNow + offset).ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, JsonElement> ByTopic(JsonElement topics) =>
        topics.EnumerateArray().ToDictionary(t => t.GetProperty("topic").GetProperty("id").GetString()!);

    [Fact]
    public async Task A_new_learner_sees_every_topic_at_zero_and_no_streak()
    {
        var a = Data(await Host.ExecuteAsync(Query, new { examId = Exam }, Learner()), "myAnalytics");
        Assert.Equal(Exam, a.GetProperty("exam").GetProperty("slug").GetString());
        var topics = a.GetProperty("topics").EnumerateArray().ToList();
        Assert.True(topics.Count >= 3);
        Assert.All(topics, t =>
        {
            Assert.Equal(0, t.GetProperty("answered").GetInt32());
            Assert.Equal(0d, t.GetProperty("accuracy").GetDouble());
            Assert.InRange(t.GetProperty("mastery").GetDouble(), 0d, 1d);
        });
        var readiness = a.GetProperty("readiness");
        Assert.Equal(0.72, readiness.GetProperty("passingFraction").GetDouble(), 6);
        Assert.Equal(1d, readiness.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("weight").GetDouble()), 6);
        Assert.Equal(topics.Count, readiness.GetProperty("topics").GetArrayLength());
        Assert.InRange(readiness.GetProperty("passProbability").GetDouble(), 0d, 1d);
        var streak = a.GetProperty("streak");
        Assert.Equal(0, streak.GetProperty("current").GetInt32());
        Assert.False(streak.GetProperty("studiedToday").GetBoolean());
        Assert.Equal(JsonValueKind.Null, streak.GetProperty("lastStudyDay").ValueKind);
        Assert.All(a.GetProperty("trend").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("answered").GetInt32()));
        Assert.Equal(0, a.GetProperty("goals").GetArrayLength());
        var next = a.GetProperty("recommendations").GetProperty("nextSession");
        Assert.Equal("PRACTICE", next.GetProperty("mode").GetString());
        Assert.Equal(20, next.GetProperty("questionCount").GetInt32());
        Assert.Equal(0, next.GetProperty("topics").GetArrayLength());
    }

    [Fact]
    public async Task Answers_move_mastery_counts_trend_streak_and_recommendations()
    {
        var learner = Learner();
        var before = Data(await Host.ExecuteAsync(Query, new { examId = Exam }, learner), "myAnalytics");
        var weakTopic = (await Host.Services.GetRequiredService<Domain.Ports.IExamRepository>().GetAsync(Exam))!.Topics[0].Id;

        var answered = await StudyAsync(Host, learner, Exam, 16, q => q.TopicId != weakTopic);
        Assert.Contains(answered, x => !x.Right);
        Assert.Contains(answered, x => x.Right);

        var after = Data(await Host.ExecuteAsync(Query, new { examId = GlobalId.Encode("Exam", Exam) }, learner), "myAnalytics");
        var topicsBefore = ByTopic(before.GetProperty("topics"));
        var topicsAfter = ByTopic(after.GetProperty("topics"));
        foreach (var group in answered.GroupBy(x => x.Question.TopicId))
        {
            var t = topicsAfter[TopicGlobalId(group.Key)];
            Assert.Equal(group.Count(), t.GetProperty("answered").GetInt32());
            Assert.Equal((double)group.Count(x => x.Right) / group.Count(), t.GetProperty("accuracy").GetDouble(), 9);
            var masteryBefore = topicsBefore[TopicGlobalId(group.Key)].GetProperty("mastery").GetDouble();
            var masteryAfter = t.GetProperty("mastery").GetDouble();
            if (group.Key == weakTopic) Assert.True(masteryAfter < masteryBefore, $"{group.Key}: {masteryBefore} -> {masteryAfter}");
            else Assert.True(masteryAfter > masteryBefore, $"{group.Key}: {masteryBefore} -> {masteryAfter}");
        }

        // Recommendations: ranked by weight x (1 - mastery), the weak topic first.
        var weights = ByTopic(after.GetProperty("readiness").GetProperty("topics"));
        var weak = after.GetProperty("recommendations").GetProperty("weakTopics").EnumerateArray().ToList();
        Assert.Equal(TopicGlobalId(weakTopic), weak[0].GetProperty("topic").GetProperty("id").GetString());
        foreach (var w in weak)
        {
            var id = w.GetProperty("topic").GetProperty("id").GetString()!;
            Assert.Equal(topicsAfter[id].GetProperty("mastery").GetDouble(), w.GetProperty("mastery").GetDouble(), 9);
            Assert.Equal(weights[id].GetProperty("weight").GetDouble() * (1 - w.GetProperty("mastery").GetDouble()), w.GetProperty("priority").GetDouble(), 9);
        }
        Assert.Equal(weak.Select(w => w.GetProperty("priority").GetDouble()).OrderDescending(), weak.Select(w => w.GetProperty("priority").GetDouble()));

        // Streak and trend count today (UTC: this learner has no stored preferences).
        var streak = after.GetProperty("streak");
        Assert.Equal(1, streak.GetProperty("current").GetInt32());
        Assert.Equal(1, streak.GetProperty("longest").GetInt32());
        Assert.True(streak.GetProperty("studiedToday").GetBoolean());
        Assert.Equal(Today(TimeSpan.Zero), streak.GetProperty("lastStudyDay").GetString());
        var today = after.GetProperty("trend").EnumerateArray().Last();
        Assert.Equal(Today(TimeSpan.Zero), today.GetProperty("day").GetString());
        Assert.Equal(answered.Count, today.GetProperty("answered").GetInt32());
        Assert.Equal((double)answered.Count(x => x.Right) / answered.Count, today.GetProperty("accuracy").GetDouble(), 9);

        // Cross-provider skills include AWS with the first tries of its tagged topics.
        var aws = after.GetProperty("skills").EnumerateArray()
            .SelectMany(s => s.GetProperty("providers").EnumerateArray())
            .Where(p => p.GetProperty("provider").GetProperty("slug").GetString() == "aws").ToList();
        Assert.NotEmpty(aws);
        Assert.Contains(aws, p => p.GetProperty("answered").GetInt32() > 0);
    }

    [Fact]
    public async Task After_the_warm_up_the_next_session_focuses_on_the_two_weakest_topics_or_simulates_the_exam()
    {
        var learner = Learner();
        var weakTopic = (await Host.Services.GetRequiredService<Domain.Ports.IExamRepository>().GetAsync(Exam))!.Topics[0].Id;
        var answered = await StudyAsync(Host, learner, Exam, 24, q => q.TopicId != weakTopic);
        Assert.True(answered.Count >= 20);
        var a = Data(await Host.ExecuteAsync(Query, new { examId = Exam }, learner), "myAnalytics");
        var next = a.GetProperty("recommendations").GetProperty("nextSession");
        var weak = a.GetProperty("recommendations").GetProperty("weakTopics").EnumerateArray()
            .Select(w => w.GetProperty("topic").GetProperty("id").GetString()!).ToList();
        Assert.False(string.IsNullOrWhiteSpace(next.GetProperty("reason").GetString()));
        if (a.GetProperty("readiness").GetProperty("passProbability").GetDouble() >= 0.8)
        {
            Assert.Equal("EXAM_SIMULATION", next.GetProperty("mode").GetString());
        }
        else
        {
            Assert.Equal("TOPIC_FOCUS", next.GetProperty("mode").GetString());
            Assert.Equal(weak.Take(2), next.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
            Assert.Equal(20, next.GetProperty("questionCount").GetInt32());
        }
    }

    [Fact]
    public async Task A_session_driven_by_the_graphql_mutations_shows_in_my_analytics()
    {
        const string exam = "gcp-ace";
        var learner = Learner();
        var questions = Host.Services.GetRequiredService<Domain.Ports.IQuestionRepository>();
        var start = Data(await Host.ExecuteAsync("""
            mutation { startSession(input: { examIds: ["gcp-ace"], mode: PRACTICE, questionCount: 4 }) { session { id currentQuestion { id } } errors { message } } }
            """, null, learner), "startSession");
        Assert.Equal(0, start.GetProperty("errors").GetArrayLength());
        var sessionId = start.GetProperty("session").GetProperty("id").GetString()!;
        var current = start.GetProperty("session").GetProperty("currentQuestion").GetProperty("id").GetString();
        var seen = new List<string>();
        for (var guard = 0; current is not null && guard < 40; guard++)
        {
            Assert.True(GlobalId.TryDecode(current, out _, out var rawId));
            var question = (await questions.GetAsync(rawId))!;
            var firstTry = !seen.Contains(rawId);
            if (firstTry) seen.Add(rawId);
            var choices = firstTry && seen.Count == 1 ? [FirstWrongChoice(question)] : question.CorrectChoiceIds;
            var answer = Data(await Host.ExecuteAsync("""
                mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct nextAction nextQuestion { id } } }
                """, new { input = new { sessionId, questionId = current, choiceIds = choices } }, learner), "submitAnswer");
            current = answer.GetProperty("nextQuestion").ValueKind == JsonValueKind.Null ? null : answer.GetProperty("nextQuestion").GetProperty("id").GetString();
        }
        Assert.Null(current);

        var a = Data(await Host.ExecuteAsync(Query, new { examId = exam }, learner), "myAnalytics");
        Assert.Equal(seen.Count, a.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("answered").GetInt32()));
        Assert.True(a.GetProperty("streak").GetProperty("studiedToday").GetBoolean());
        var today = a.GetProperty("trend").EnumerateArray().Last();
        Assert.Equal(seen.Count, today.GetProperty("answered").GetInt32());
        Assert.Equal((seen.Count - 1d) / seen.Count, today.GetProperty("accuracy").GetDouble(), 9);
    }

    [Fact]
    public async Task Days_and_session_size_follow_the_learners_stored_preferences()
    {
        var learner = Learner();
        await Host.Services.GetRequiredService<IUserRepository>().AddAsync(new User
        {
            Id = learner.UserId,
            Email = learner.UserId + "@example.com",
            DisplayName = "Far East",
            Roles = [Role.Learner],
            CreatedAt = DateTimeOffset.UtcNow,
            PasswordHash = "not-a-real-hash",
            Preferences = new StudyPreferences(TimeZone: "+14:00", DefaultQuestionCount: 7),
        });
        await StudyAsync(Host, learner, Exam, 2, _ => true);
        var a = Data(await Host.ExecuteAsync(Query, new { examId = Exam }, learner), "myAnalytics");
        Assert.Equal(Today(TimeSpan.FromHours(14)), a.GetProperty("streak").GetProperty("lastStudyDay").GetString());
        Assert.Equal(Today(TimeSpan.FromHours(14)), a.GetProperty("trend").EnumerateArray().Last().GetProperty("day").GetString());
        Assert.Equal(7, a.GetProperty("recommendations").GetProperty("nextSession").GetProperty("questionCount").GetInt32());
    }

    [Fact]
    public async Task Unknown_exams_are_not_found_and_anonymous_callers_must_sign_in()
    {
        var missing = await Host.ExecuteAsync(Query, new { examId = "no-such-exam" }, Learner());
        Assert.Equal("NOT_FOUND", ErrorCode(missing));
        var otherType = await Host.ExecuteAsync(Query, new { examId = GlobalId.Encode("Question", Exam) }, Learner());
        Assert.Equal("NOT_FOUND", ErrorCode(otherType));
        var anonymous = await Host.ExecuteAsync(Query, new { examId = Exam });
        Assert.Equal("UNAUTHENTICATED", ErrorCode(anonymous));
    }

    [Fact]
    public async Task Another_learners_answers_do_not_show()
    {
        var busy = Learner();
        await StudyAsync(Host, busy, Exam, 3, _ => true);
        var other = Data(await Host.ExecuteAsync(Query, new { examId = Exam }, Learner()), "myAnalytics");
        Assert.All(other.GetProperty("topics").EnumerateArray(), t => Assert.Equal(0, t.GetProperty("answered").GetInt32()));
        Assert.Equal(0, other.GetProperty("streak").GetProperty("current").GetInt32());
    }
}
