using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Errors;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;
using ErrorCodes = StudyGraph.Api.Context.ErrorCodes;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Domain.Sessions.Reports;
using StudyGraph.Domain.Sessions.Service;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Sessions;

/// <summary>Study sessions: the queries, the session types and the session mutations.</summary>
public sealed partial class SessionModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.BindEnum<SessionMode>("SessionMode");
        schema.BindEnum<SessionStatus>("SessionStatus");
        schema.BindEnum<NextAction>("NextAction");
        RegisterQueries(schema);
        RegisterTypes(schema);
        RegisterMutations(schema);
    }

    private static void RegisterQueries(SchemaBuilder schema)
    {
        schema.Root("Query", "mySessions", async c =>
        {
            var viewer = c.RequireViewer();
            var where = SessionFilters.Sessions.Where(c.GetArgument<object?>("where"));
            var order = c.HasArgument("order") ? SessionFilters.Sessions.Order(c.GetArgument<object?>("order")) : [];
            if (order.Count == 0) order = [SortKey.Desc("createdAt")];
            var sessions = c.GetRequiredService<DocumentSessionRepository>();
            return await DocumentConnections.FindAsync<StudySession, SessionNode>(
                (q, ct) => sessions.FindAsync(viewer.UserId, q, ct), ct => sessions.CountAsync(viewer.UserId, where, ct),
                where, order, PagingArguments.From(c), s => new SessionNode(s), c.CancellationToken).ConfigureAwait(false);
        });
        schema.Root("Query", "session", async c =>
        {
            var (_, session) = await SessionAccess.LoadOwnAsync(c, c.GetArgument<string>("id")).ConfigureAwait(false);
            return new SessionNode(session);
        });
        schema.Root("Query", "sessionReport", async c =>
        {
            var (viewer, session) = await SessionAccess.LoadOwnAsync(c, c.GetArgument<string>("sessionId")).ConfigureAwait(false);
            if (session.HidesFeedback && session.Status is SessionStatus.Active or SessionStatus.Paused)
                throw new GraphQLException("An exam simulation gives no feedback until it ends: its report is available once it is completed.", ErrorCodes.Forbidden);
            var report = await c.GetRequiredService<StudySessionService>().GetReportAsync(session.Id, viewer.UserId, c.CancellationToken).ConfigureAwait(false);
            if (!report.IsSuccess) throw SessionErrorMapping.ToException(report.Error, session);
            return new ReportNode(report.Value, session);
        });
        ConnectionBinding.Bind<SessionNode>(schema, "StudySessionConnection", "StudySessionEdge");
    }

    /// <summary>The question of a presentation, choices in the presented order; the key stays hidden while the session runs.</summary>
    public static async Task<QuestionNode?> PresentAsync(ResolveFieldContext c, StudySession session, Presentation? presentation)
    {
        if (presentation is null) return null;
        var question = await CatalogLoaders.QuestionAsync(c, presentation.QuestionId).ConfigureAwait(false);
        if (question is null) return null;
        return new QuestionNode(question, Order(question, presentation.ChoiceOrder), session.Status is not (SessionStatus.Active or SessionStatus.Paused));
    }

    /// <summary>The choices of <paramref name="question"/> in <paramref name="order"/>.</summary>
    public static Choice[] Order(Question question, IReadOnlyList<string> order)
    {
        var choices = new Choice[order.Count];
        for (var i = 0; i < choices.Length; i++) choices[i] = question.FindChoice(order[i]) ?? new Choice(order[i], "");
        return choices;
    }

    /// <summary>The schema's AttemptKind name (an exam simulation's flagged revisit shows as FROM_POOL: a later presentation).</summary>
    public static string AttemptKindName(AttemptKind kind) => kind switch
    {
        AttemptKind.Fresh => "FRESH",
        AttemptKind.ImmediateRetry => "IMMEDIATE_RETRY",
        _ => "FROM_POOL",
    };

    private static UserError[] Errors(DomainError error, StudySession? session) => [SessionErrorMapping.ToUserError(error, session)];
}
