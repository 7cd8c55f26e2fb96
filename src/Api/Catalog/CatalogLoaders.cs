using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Catalog;

/// <summary>Per-request batch loaders for catalog objects (one store read per level instead of one per parent).</summary>
public static class CatalogLoaders
{
    /// <summary>The exam <paramref name="id"/>, or null.</summary>
    public static Task<Exam?> ExamAsync(ResolveFieldContext context, string id)
    {
        var exams = context.GetRequiredService<IExamRepository>();
        return context.GetDataLoader<string, Exam?>("exams", async (ids, ct) =>
        {
            var found = await exams.GetManyAsync(ids, ct).ConfigureAwait(false);
            var map = new Dictionary<string, Exam?>(ids.Count, StringComparer.Ordinal);
            foreach (var key in ids) map[key] = null;
            foreach (var e in found) map[e.Id] = e;
            return map;
        }).LoadAsync(id);
    }

    /// <summary>The question <paramref name="id"/>, or null.</summary>
    public static Task<Question?> QuestionAsync(ResolveFieldContext context, string id)
    {
        var questions = context.GetRequiredService<IQuestionRepository>();
        return context.GetDataLoader<string, Question?>("questions", async (ids, ct) =>
        {
            var found = await questions.GetManyAsync(ids, ct).ConfigureAwait(false);
            var map = new Dictionary<string, Question?>(ids.Count, StringComparer.Ordinal);
            foreach (var key in ids) map[key] = null;
            foreach (var q in found) map[q.Id] = q;
            return map;
        }).LoadAsync(id);
    }

    /// <summary>The provider <paramref name="id"/>, or null.</summary>
    public static Task<Provider?> ProviderAsync(ResolveFieldContext context, string id)
    {
        var providers = context.GetRequiredService<IProviderRepository>();
        return context.GetDataLoader<string, Provider?>("providers", async (ids, ct) =>
        {
            var map = new Dictionary<string, Provider?>(ids.Count, StringComparer.Ordinal);
            foreach (var key in ids) map[key] = await providers.GetAsync(key, ct).ConfigureAwait(false);
            return map;
        }).LoadAsync(id);
    }

    /// <summary>The topic <paramref name="topicId"/> of exam <paramref name="examId"/>, or null.</summary>
    public static async Task<TopicNode?> TopicAsync(ResolveFieldContext context, string examId, string topicId)
    {
        var exam = await ExamAsync(context, examId).ConfigureAwait(false);
        return exam?.Blueprint.Find(topicId) is { } topic ? new TopicNode(exam, topic) : null;
    }
}
