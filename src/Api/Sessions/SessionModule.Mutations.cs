using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Errors;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Common;
using ErrorCodes = StudyGraph.Api.Context.ErrorCodes;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Service;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Sessions;

public sealed partial class SessionModule
{
    private static readonly Dictionary<string, string> StartFields = new(StringComparer.Ordinal)
    {
        ["size"] = "questionCount",
        ["timeLimit"] = "timeLimitMinutes",
    };

    private static void RegisterMutations(SchemaBuilder schema)
    {
        schema.Root("Mutation", "startSession", StartAsync);
        schema.Root("Mutation", "submitAnswer", SubmitAsync);
        schema.Root("Mutation", "pauseSession", c => ActionAsync(c, (s, id, user, ct) => s.PauseAsync(id, user, ct)));
        schema.Root("Mutation", "resumeSession", c => ActionAsync(c, (s, id, user, ct) => s.ResumeAsync(id, user, ct)));
        schema.Root("Mutation", "completeSession", c => ActionAsync(c, (s, id, user, ct) => s.CompleteAsync(id, user, ct)));
        schema.Root("Mutation", "abandonSession", c => ActionAsync(c, (s, id, user, ct) => s.AbandonAsync(id, user, ct)));
        schema.Root("Mutation", "flagQuestion", async c =>
        {
            var input = Input(c);
            var (viewer, session) = await SessionAccess.LoadOwnAsync(c, (string)input["sessionId"]!).ConfigureAwait(false);
            var questionId = GlobalId.Parse((string)input["questionId"]!, "Question") ?? (string)input["questionId"]!;
            var flagged = input.TryGetValue("flagged", out var f) && f is bool b ? b : true;
            var result = await c.GetRequiredService<StudySessionService>().FlagAsync(session.Id, viewer.UserId, questionId, flagged, c.CancellationToken).ConfigureAwait(false);
            return result.IsSuccess
                ? new SessionPayload(new SessionNode(result.Value.Session), [])
                : new SessionPayload(await ReloadAsync(c, session).ConfigureAwait(false), Errors(result.Error, session));
        });

        schema.For<SessionPayload>("StartSessionPayload").Field("session", p => p.Session).Field("errors", p => p.Errors);
        schema.For<SessionPayload>("SessionActionPayload").Field("session", p => p.Session).Field("errors", p => p.Errors);
        schema.For<SessionPayload>("FlagQuestionPayload").Field("session", p => p.Session).Field("errors", p => p.Errors);

        schema.For<AnswerPayload>("SubmitAnswerPayload")
            .Field("correct", p => p.Result.Correct ?? false)
            .Field("feedbackHidden", p => p.Result.Correct is null)
            .Field("nextAction", p => p.Result.NextAction)
            .Field("penaltyIndicator", p => p.Result.Penalty)
            .Field("nextQuestion", p => p.NextQuestion)
            .Field("explanation", p => p.Result.Correct == true ? p.Result.Explanation : null)
            .Field("correctChoiceIds", p => p.Result.Correct == true ? p.Result.CorrectChoiceIds : null)
            .Field("progress", p => p.Result.Progress)
            .Field("session", p => p.Session);
    }

    private static async ValueTask<SessionPayload> StartAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var input = Input(c);
        var examIds = new List<string>();
        foreach (var id in List(input, "examIds"))
        {
            var raw = GlobalId.Parse(id, "Exam");
            if (raw is null) return new SessionPayload(null, [UserError.Validation($"'{id}' is not an exam id.", "input.examIds")]);
            examIds.Add(raw);
        }
        List<string>? topicIds = null;
        if (input.TryGetValue("topicIds", out var t) && t is not null)
        {
            topicIds = [];
            foreach (var id in List(input, "topicIds"))
            {
                var raw = GlobalId.Parse(id, "Topic");
                if (raw is null) return new SessionPayload(null, [UserError.Validation($"'{id}' is not a topic id.", "input.topicIds")]);
                var slash = raw.IndexOf('/', StringComparison.Ordinal);
                topicIds.Add(slash >= 0 ? raw[(slash + 1)..] : raw);
            }
        }
        var user = await c.GetRequiredService<IUserRepository>().FindByIdAsync(viewer.UserId, c.CancellationToken).ConfigureAwait(false);
        var count = input.TryGetValue("questionCount", out var q) && q is not null ? Convert.ToInt32(q, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var minutes = input.TryGetValue("timeLimitMinutes", out var m) && m is not null ? Convert.ToInt32(m, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var mode = input["mode"] is SessionMode sm ? sm : Enum.Parse<SessionMode>(((string)input["mode"]!).Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
        var command = new StartSessionCommand(viewer.UserId, mode, examIds, topicIds,
            count ?? (mode == SessionMode.ExamSimulation ? null : user?.Preferences.DefaultQuestionCount),
            minutes is { } mm ? TimeSpan.FromMinutes(mm) : null,
            user?.Preferences.PoolShare);
        var result = await c.GetRequiredService<StudySessionService>().StartAsync(command, c.CancellationToken).ConfigureAwait(false);
        if (result.IsSuccess) return new SessionPayload(new SessionNode(result.Value.Session), []);
        var error = result.Error;
        if (error.Path is { } path && StartFields.TryGetValue(path, out var field)) error = error with { Path = field };
        return new SessionPayload(null, Errors(error, null));
    }

    private static async ValueTask<AnswerPayload> SubmitAsync(ResolveFieldContext c)
    {
        var input = Input(c);
        var (viewer, session) = await SessionAccess.LoadOwnAsync(c, (string)input["sessionId"]!).ConfigureAwait(false);
        var questionId = GlobalId.Parse((string)input["questionId"]!, "Question") ?? (string)input["questionId"]!;
        var choices = List(input, "choiceIds");
        if (choices.Count > 50) throw new GraphQLException("At most 50 choice ids.", ErrorCodes.Validation);
        var key = input.TryGetValue("idempotencyKey", out var k) ? k as string : null;
        if (key is { Length: > 200 }) throw new GraphQLException("The idempotency key is longer than 200 characters.", ErrorCodes.Validation);
        var service = c.GetRequiredService<StudySessionService>();
        var result = await service.AnswerAsync(new AnswerCommand(session.Id, viewer.UserId, questionId, choices, null, key), c.CancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            var current = await c.GetRequiredService<ISessionRepository>().GetAsync(session.Id, c.CancellationToken).ConfigureAwait(false) ?? session;
            throw SessionErrorMapping.ToException(result.Error, current);
        }
        // The session as this answer left it (not re-read: a concurrent answer must not show up as this one's outcome).
        var after = result.Value.Session ?? session;
        var next = await PresentAsync(c, after, result.Value.Next is null ? null : after.Current).ConfigureAwait(false);
        return new AnswerPayload(result.Value, new SessionNode(after), next);
    }

    private static async ValueTask<SessionPayload> ActionAsync(ResolveFieldContext c,
        Func<StudySessionService, string, string, CancellationToken, Task<Result<SessionView>>> act)
    {
        var input = Input(c);
        var (viewer, session) = await SessionAccess.LoadOwnAsync(c, (string)input["sessionId"]!).ConfigureAwait(false);
        var result = await act(c.GetRequiredService<StudySessionService>(), session.Id, viewer.UserId, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? new SessionPayload(new SessionNode(result.Value.Session), [])
            : new SessionPayload(await ReloadAsync(c, session).ConfigureAwait(false), Errors(result.Error, session));
    }

    private static async Task<SessionNode> ReloadAsync(ResolveFieldContext c, StudySession session) =>
        new(await c.GetRequiredService<ISessionRepository>().GetAsync(session.Id, c.CancellationToken).ConfigureAwait(false) ?? session);

    private static IReadOnlyDictionary<string, object?> Input(ResolveFieldContext c) =>
        c.GetArgument<IReadOnlyDictionary<string, object?>>("input") ?? throw new GraphQLException("`input` is required.", ErrorCodes.Validation);

    private static List<string> List(IReadOnlyDictionary<string, object?> input, string name)
    {
        var list = new List<string>();
        if (input.TryGetValue(name, out var v) && v is IEnumerable<object?> items)
        {
            foreach (var item in items)
            {
                if (item is not null) list.Add(Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }
        return list;
    }
}
