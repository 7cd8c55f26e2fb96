using StudyGraph.Domain.Common;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Domain.Tests.Accounts;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class AnalyticsServiceTests
{
    private readonly InMemoryAnswerEventStore _events = new();
    private readonly InMemoryLearnerStatsStore _stats = new();
    private readonly InMemoryGoalRepository _goals = new();
    private readonly InMemoryExamRepository _exams = new();
    private readonly InMemoryQuestionRatingStore _ratings = new();
    private readonly ManualClock _clock = new(T0.AddHours(22)); // Tuesday 10:00 UTC, before the first wrong answers fall due
    private readonly LearningRecorder _recorder;
    private readonly AnalyticsService _service;

    public AnalyticsServiceTests()
    {
        _recorder = new LearningRecorder(_stats, _ratings);
        _service = new AnalyticsService(_events, _stats, _goals, _exams, _ratings, _clock);
    }

    private async Task Record(AnswerRecorded e)
    {
        await _events.AppendAsync(e);
        await _recorder.RecordAsync(e, Question(e.QuestionId, e.TopicId, e.ExamId));
    }

    [Fact]
    public async Task A_learners_analytics_combine_readiness_recommendations_trend_streak_and_goal()
    {
        await _exams.UpsertAsync(Exam());
        for (var i = 0; i < 30; i++) await Record(Answer("u", "n" + i, i % 3 != 0, T0.AddMinutes(i), topic: "t1"));      // t1: 2/3 right
        for (var i = 0; i < 10; i++) await Record(Answer("u", "s" + i, false, T0.AddHours(21).AddMinutes(i), topic: "t2")); // t2: all wrong
        await Record(Answer("other", "n0", true, T0));
        Assert.True((await _service.CreateGoalAsync("u", "ex", new DateOnly(2026, 3, 31), 15)).IsSuccess);

        var result = await _service.GetLearnerAnalyticsAsync("u", "ex", preferredSessionSize: 12);
        Assert.True(result.IsSuccess);
        var a = result.Value;
        Assert.Equal(40, a.Readiness.Answered);
        Assert.True(a.Readiness.Topics[0].Mastery > a.Readiness.Topics[1].Mastery);
        Assert.Equal("t2", a.Recommendations.WeakTopics[0].TopicId);
        Assert.Equal(SessionMode.TopicFocus, a.Recommendations.NextSession.Mode);
        Assert.Equal(12, a.Recommendations.NextSession.Size);
        Assert.Equal(0, a.Recommendations.DueReviews);
        Assert.Equal(2.0 / 3, a.DailyTrend[^2].Accuracy!.Value, 12);
        Assert.Equal(0.0, a.DailyTrend[^1].Accuracy);
        Assert.Equal(new Streak(2, 2, true, new DateOnly(2026, 3, 3)), a.Streak);
        var goal = Assert.Single(a.Goals);
        Assert.Equal(10, goal.AnsweredToday);
        Assert.False(goal.TodayMet);
        Assert.Equal(28, goal.DaysLeft); // Tuesday Mar 3 to Mar 31
        Assert.Equal(a.Readiness.ExpectedScore, goal.ExpectedScore);
        Assert.Equal(["networking", "security", "storage"], a.Skills.Select(s => s.Skill));

        _clock.Advance(TimeSpan.FromDays(40)); // everything falls due
        var later = (await _service.GetLearnerAnalyticsAsync("u", "ex")).Value;
        Assert.Equal(40, later.Recommendations.DueReviews);
        Assert.Equal(SessionMode.Review, later.Recommendations.NextSession.Mode);
        Assert.Equal(0, later.Streak.Current);
    }

    [Fact]
    public async Task Unknown_exams_and_invalid_goals_are_errors_as_values()
    {
        Assert.Equal(ErrorCodes.NotFound, (await _service.GetLearnerAnalyticsAsync("u", "nope")).Error!.Code);
        await _exams.UpsertAsync(Exam());
        Assert.Equal(ErrorCodes.Validation, (await _service.CreateGoalAsync("u", "ex", new DateOnly(2026, 4, 1), 0)).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await _service.CreateGoalAsync("u", "zz", new DateOnly(2026, 4, 1), 5)).Error!.Code);
        var goal = (await _service.CreateGoalAsync("u", "ex", new DateOnly(2026, 4, 1), 5)).Value;
        Assert.Equal(ErrorCodes.NotFound, (await _service.UpdateGoalAsync("intruder", goal.Id, null, 9)).Error!.Code);
        Assert.Equal(9, (await _service.UpdateGoalAsync("u", goal.Id, null, 9)).Value.DailyQuestionTarget);
        Assert.Equal(ErrorCodes.NotFound, (await _service.DeleteGoalAsync("intruder", goal.Id)).Error!.Code);
        Assert.Equal(goal.Id, (await _service.DeleteGoalAsync("u", goal.Id)).Value);
        Assert.Empty(await _service.GetGoalsAsync("u"));
    }

    [Fact]
    public async Task Question_quality_uses_rest_accuracy_as_ability()
    {
        await _exams.UpsertAsync(Exam());
        foreach (var (user, skill) in new[] { ("strong", 1.0), ("mid", 0.5), ("weak", 0.0) })
        {
            for (var i = 0; i < 4; i++) await Record(Answer(user, "other" + i, i < 4 * skill, T0.AddMinutes(i)));
        }
        await Record(Answer("strong", "target", true, T0.AddHours(1)));
        await Record(Answer("mid", "target", true, T0.AddHours(1)));
        await Record(Answer("weak", "target", false, T0.AddHours(1)));
        var q = await _service.GetQuestionQualityAsync(Question("target"));
        Assert.Equal(3, q.Learners);
        Assert.Equal(2.0 / 3, q.ShareCorrect!.Value, 12);
        Assert.True(q.Discrimination > 0.5);
    }

    [Fact]
    public async Task The_cross_provider_view_covers_the_exams_the_learner_studied()
    {
        await _exams.UpsertAsync(Exam("aws-x", "aws", topics: [("a1", 100, ["networking"])]));
        await _exams.UpsertAsync(Exam("gcp-x", "gcp", topics: [("g1", 100, ["networking"])]));
        await Record(Answer("u", "qa", true, T0, topic: "a1", exam: "aws-x"));
        await Record(Answer("u", "qg", false, T0, topic: "g1", exam: "gcp-x"));
        var view = await _service.GetCrossProviderAsync("u");
        var net = Assert.Single(view);
        Assert.Equal([1.0, 0.0], net.Providers.Select(p => p.Accuracy!.Value));
    }
}
