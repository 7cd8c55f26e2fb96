using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Catalog;

/// <summary>Providers, exams, topics, questions and choices: the catalog queries and types.</summary>
public sealed class CatalogModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Query", "providers", async c =>
        {
            var list = await c.GetRequiredService<IProviderRepository>().ListAsync(c.CancellationToken).ConfigureAwait(false);
            var sorted = list.ToArray();
            Array.Sort(sorted, (a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
            return sorted;
        });
        schema.Root("Query", "provider", async c =>
            GlobalId.Parse(c.GetArgument<string>("id"), "Provider") is { } id ? await CatalogLoaders.ProviderAsync(c, id).ConfigureAwait(false) : null);
        schema.Root("Query", "exams", c => ExamsAsync(c, null));
        schema.Root("Query", "exam", async c =>
            GlobalId.Parse(c.GetArgument<string>("id"), "Exam") is { } id ? await CatalogLoaders.ExamAsync(c, id).ConfigureAwait(false) : null);
        schema.Root("Query", "questions", c => QuestionsAsync(c, null));
        schema.Root("Query", "question", async c =>
            GlobalId.Parse(c.GetArgument<string>("id"), "Question") is { } id && await CatalogLoaders.QuestionAsync(c, id).ConfigureAwait(false) is { } q
                ? QuestionNode.Catalog(q)
                : null);

        schema.For<Provider>("Provider")
            .Field("id", p => GlobalId.Encode("Provider", p.Id))
            .Field("slug", p => p.Id)
            .Field("name", p => p.Name)
            .Field("description", p => p.Description)
            .Field("website", p => string.IsNullOrEmpty(p.Website) ? null : p.Website)
            .FieldAsync("exams", (p, c) => ExamsAsync(c, DocumentFilter.Eq("providerId", p.Id)));

        schema.For<Exam>("Exam")
            .Field("id", e => GlobalId.Encode("Exam", e.Id))
            .Field("slug", e => e.Id)
            .Field("code", e => e.Code)
            .Field("name", e => e.Name)
            .FieldAsync("provider", async (e, c) => await CatalogLoaders.ProviderAsync(c, e.ProviderId).ConfigureAwait(false)
                ?? throw new GraphQLException($"The provider '{e.ProviderId}' of exam '{e.Id}' is missing.", ErrorCodes.NotFound))
            .Field("questionCount", e => e.QuestionCount)
            .Field("durationMinutes", e => e.DurationMinutes)
            .Field("passingScore", e => e.PassingScore)
            .Field("topics", e => Topics(e))
            .FieldAsync("bankSize", async (e, c) =>
                checked((int)await c.GetRequiredService<DocumentQuestionRepository>().CountAsync(DocumentFilter.Eq("examId", e.Id), c.CancellationToken).ConfigureAwait(false)))
            .FieldAsync("questions", (e, c) => QuestionsAsync(c, DocumentFilter.Eq("examId", e.Id)));

        schema.For<PassingScore>("PassingScore")
            .Field("score", p => p.Score)
            .Field("maxScore", p => p.MaxScore)
            .Field("fraction", p => p.Fraction);

        schema.For<TopicNode>("Topic")
            .Field("id", t => t.GlobalId)
            .Field("name", t => t.Topic.Name)
            .Field("weight", t => (double)t.Topic.Weight)
            .Field("skills", t => t.Topic.Skills)
            .Field("exam", t => t.Exam);

        schema.For<QuestionNode>("Question")
            .Field("id", q => GlobalId.Encode("Question", q.Question.Id))
            .FieldAsync("exam", async (q, c) => await CatalogLoaders.ExamAsync(c, q.Question.ExamId).ConfigureAwait(false)
                ?? throw new GraphQLException($"The exam '{q.Question.ExamId}' of question '{q.Question.Id}' is missing.", ErrorCodes.NotFound))
            .FieldAsync("topic", async (q, c) => await CatalogLoaders.TopicAsync(c, q.Question.ExamId, q.Question.TopicId).ConfigureAwait(false)
                ?? throw new GraphQLException($"The topic '{q.Question.TopicId}' of question '{q.Question.Id}' is missing.", ErrorCodes.NotFound))
            .Field("type", q => q.Question.Type)
            .Field("text", q => q.Question.Text)
            .Field("choices", q => q.Choices)
            .Field("selectCount", q => q.Question.CorrectChoiceIds.Count)
            .Field("difficulty", q => q.Question.Difficulty)
            .Field("tags", q => q.Question.Tags)
            .Field("references", q => q.Question.References)
            .FieldAsync("correctChoiceIds", async (q, c) =>
                await AnswerKeyPolicy.MayRevealAsync(q, c).ConfigureAwait(false) ? q.Question.CorrectChoiceIds : null)
            .FieldAsync("explanation", async (q, c) =>
                await AnswerKeyPolicy.MayRevealAsync(q, c).ConfigureAwait(false) ? q.Question.Explanation : null)
            .FieldAsync("bookmarked", (q, c) => BookmarkState.IsBookmarkedAsync(c, q.Question.Id));

        schema.For<Choice>("Choice")
            .Field("id", ch => ch.Id)
            .Field("text", ch => ch.Text);

        ConnectionBinding.Bind<Exam>(schema, "ExamConnection", "ExamEdge");
        ConnectionBinding.Bind<QuestionNode>(schema, "QuestionConnection", "QuestionEdge");
        schema.BindType<PageInfo>("PageInfo");
        schema.BindEnum<QuestionType>("QuestionType");
    }

    /// <summary>The topics of an exam's blueprint.</summary>
    public static TopicNode[] Topics(Exam exam)
    {
        var topics = new TopicNode[exam.Topics.Count];
        for (var i = 0; i < topics.Length; i++) topics[i] = new TopicNode(exam, exam.Topics[i]);
        return topics;
    }

    private static ValueTask<Connection<Exam>> ExamsAsync(ResolveFieldContext c, DocumentFilter? scope)
    {
        var where = And(scope, CatalogFilters.Exams.Where(c.GetArgument<object?>("where")));
        var order = c.HasArgument("order") ? CatalogFilters.Exams.Order(c.GetArgument<object?>("order")) : [];
        var exams = c.GetRequiredService<DocumentExamRepository>();
        return DocumentConnections.FindAsync<Exam, Exam>(exams.FindAsync, ct => exams.CountAsync(where, ct), where, order,
            PagingArguments.From(c), e => e, c.CancellationToken);
    }

    private static ValueTask<Connection<QuestionNode>> QuestionsAsync(ResolveFieldContext c, DocumentFilter? scope)
    {
        var where = And(scope, CatalogFilters.Questions.Where(c.GetArgument<object?>("where")));
        var order = c.HasArgument("order") ? CatalogFilters.Questions.Order(c.GetArgument<object?>("order")) : [];
        var questions = c.GetRequiredService<DocumentQuestionRepository>();
        return DocumentConnections.FindAsync<Question, QuestionNode>(questions.FindAsync, ct => questions.CountAsync(where, ct), where, order,
            PagingArguments.From(c), QuestionNode.Catalog, c.CancellationToken);
    }

    /// <summary>Both filters (either may be null).</summary>
    public static DocumentFilter? And(DocumentFilter? a, DocumentFilter? b) =>
        a is null ? b : b is null ? a : DocumentFilter.And(a, b);
}
