using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Learning;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Learning;

/// <summary><c>questionStats</c> (authors and admins) and the <c>QuestionStats</c> type.</summary>
public sealed class QuestionStatsModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Query", "questionStats", QuestionStatsAsync);

        schema.For<QuestionStatsNode>("QuestionStats")
            .Field("question", s => QuestionNode.Catalog(s.Question))
            .Field("attempts", s => s.Quality.Attempts)
            .Field("percentCorrect", s => (s.Quality.ShareCorrect ?? 0d) * 100d)
            .Field("discrimination", s => s.Quality.Discrimination)
            .Field("averageSeconds", s => s.Quality.AverageTime?.TotalSeconds ?? 0d)
            .Field("mostChosenWrongChoice", s => s.Quality.MostChosenWrongChoiceId is { } id ? s.Question.FindChoice(id) : null)
            .Field("immediateRetryAccuracy", s => s.Quality.Fragility.ImmediateRetryAccuracy)
            .Field("laterAccuracy", s => s.Quality.Fragility.LaterColdAccuracy)
            .Field("fragility", s => s.Quality.Fragility.Value);
    }

    private static async ValueTask<QuestionStatsNode?> QuestionStatsAsync(ResolveFieldContext c)
    {
        c.RequireRole(Role.Author, Role.Admin);
        if (GlobalId.Parse(c.GetArgument<string>("questionId"), "Question") is not { } id) return null;
        var question = await CatalogLoaders.QuestionAsync(c, id).ConfigureAwait(false);
        if (question is null) return null;
        var quality = await c.GetRequiredService<AnalyticsService>().GetQuestionQualityAsync(question, c.CancellationToken).ConfigureAwait(false);
        return new QuestionStatsNode(question, quality);
    }
}
