using System.Globalization;
using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Learning;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Learning;

/// <summary><c>myAnalytics</c> and the analytics types: topic mastery, trend, readiness, recommendations, streak, skills.</summary>
public sealed class AnalyticsModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Query", "myAnalytics", MyAnalyticsAsync);

        schema.For<AnalyticsNode>("LearnerAnalytics")
            .Field("exam", a => a.Exam)
            .Field("topics", a => a.Parts())
            .Field("trend", a => a.Analytics.DailyTrend)
            .Field("readiness", a => a)
            .Field("recommendations", a => a)
            .Field("streak", a => a.Analytics.Streak)
            .Field("goals", a => Goals(a.Analytics.Goals))
            .Field("skills", a => a.Analytics.Skills);

        schema.For<TopicPartNode>("TopicMastery")
            .Field("topic", t => t.Topic)
            .Field("mastery", t => t.Part.Mastery)
            .Field("ability", t => t.Part.Ability)
            .Field("answered", t => t.Part.Answered)
            .Field("accuracy", t => t.Part.Accuracy ?? 0d);

        schema.For<AccuracyPoint>("TrendPoint")
            .Field("day", p => Day(p.PeriodStart))
            .Field("answered", p => p.Answered)
            .Field("accuracy", p => p.Accuracy ?? 0d);

        schema.For<AnalyticsNode>("Readiness")
            .Field("expectedScore", a => a.Analytics.Readiness.ExpectedScore)
            .Field("standardDeviation", a => a.Analytics.Readiness.StandardDeviation)
            .Field("passingFraction", a => a.Analytics.Readiness.PassingFraction)
            .Field("passProbability", a => a.Analytics.Readiness.PassProbability)
            .Field("topics", a => a.Parts());

        schema.For<TopicPartNode>("TopicReadiness")
            .Field("topic", t => t.Topic)
            .Field("weight", t => t.Part.WeightShare)
            .Field("predictedChance", t => t.Part.PredictedChance);

        schema.For<AnalyticsNode>("Recommendations")
            .Field("weakTopics", a => a.WeakTopics())
            .Field("dueReviews", a => a.Analytics.Recommendations.DueReviews)
            .Field("nextSession", a => a);

        schema.For<WeakTopicNode>("WeakTopic")
            .Field("topic", w => w.Topic)
            .Field("mastery", w => w.Priority.Mastery)
            .Field("priority", w => w.Priority.Priority);

        schema.For<AnalyticsNode>("SuggestedSession")
            .Field("mode", a => a.Analytics.Recommendations.NextSession.Mode)
            .Field("topics", a => a.SuggestedTopics())
            .Field("questionCount", a => a.Analytics.Recommendations.NextSession.Size)
            .Field("reason", a => a.Analytics.Recommendations.NextSession.Reason);

        schema.For<Streak>("Streak")
            .Field("current", s => s.Current)
            .Field("longest", s => s.Longest)
            .Field("studiedToday", s => s.StudiedToday)
            .Field("lastStudyDay", s => s.LastStudyDay is { } day ? Day(day) : null);

        schema.For<SkillComparison>("SkillComparison")
            .Field("skill", s => s.Skill)
            .Field("providers", s => s.Providers);

        schema.For<ProviderSkillStat>("SkillProviderStat")
            .FieldAsync("provider", async (p, c) => await CatalogLoaders.ProviderAsync(c, p.ProviderId).ConfigureAwait(false)
                ?? throw new GraphQLException($"The provider '{p.ProviderId}' is missing.", ErrorCodes.NotFound))
            .Field("answered", p => p.Answered)
            .Field("accuracy", p => p.Accuracy ?? 0d);
    }

    /// <summary>A local day as the schema spells it (<c>YYYY-MM-DD</c>).</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static GoalNode[] Goals(IReadOnlyList<GoalProgress> progress)
    {
        var goals = new GoalNode[progress.Count];
        for (var i = 0; i < goals.Length; i++) goals[i] = new GoalNode(progress[i]);
        return goals;
    }

    private static async ValueTask<AnalyticsNode> MyAnalyticsAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var argument = c.GetArgument<string>("examId");
        var exam = GlobalId.Parse(argument, "Exam") is { } examId ? await CatalogLoaders.ExamAsync(c, examId).ConfigureAwait(false) : null;
        if (exam is null) throw NotFound(argument);
        var settings = await LearnerSettings.LoadAsync(c, viewer).ConfigureAwait(false);
        var result = await c.GetRequiredService<AnalyticsService>()
            .GetLearnerAnalyticsAsync(viewer.UserId, exam.Id, settings.Zone, settings.SessionSize, c.CancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess) throw result.Error.Code == ErrorCodes.NotFound ? NotFound(argument) : new GraphQLException(result.Error.Message, result.Error.Code);
        return new AnalyticsNode(result.Value, exam);
    }

    private static GraphQLException NotFound(string examId) => new($"No exam '{examId}'.", ErrorCodes.NotFound);
}
