using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Errors;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Learning;

/// <summary>The learner's goals: <c>createGoal</c>, <c>updateGoal</c>, <c>deleteGoal</c> and the <c>Goal</c> type.</summary>
public sealed class GoalModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        lock (NodeModule.ExtraTypeNames)
        {
            NodeModule.ExtraTypeNames.TryAdd(typeof(GoalNode), "Goal");
            NodeModule.ExtraFetchers.TryAdd("Goal", async (c, rawId) => await FindOwnByRawIdAsync(c, rawId).ConfigureAwait(false));
        }
        schema.Root("Mutation", "createGoal", CreateAsync);
        schema.Root("Mutation", "updateGoal", UpdateAsync);
        schema.Root("Mutation", "deleteGoal", DeleteAsync);

        schema.For<GoalNode>("Goal")
            .Field("id", g => g.GlobalId)
            .FieldAsync("exam", async (g, c) => await CatalogLoaders.ExamAsync(c, g.Progress.Goal.ExamId).ConfigureAwait(false)
                ?? throw new GraphQLException($"The exam '{g.Progress.Goal.ExamId}' of goal '{g.Progress.Goal.Id}' is missing.", ErrorCodes.NotFound))
            .Field("targetDate", g => GoalNode.ToDateTime(g.Progress.Goal.TargetDate))
            .Field("dailyQuestionTarget", g => g.Progress.Goal.DailyQuestionTarget)
            .Field("answeredToday", g => g.Progress.AnsweredToday)
            .Field("metToday", g => g.Progress.TodayMet)
            .Field("daysLeft", g => g.Progress.DaysLeft)
            .Field("onTrack", g => g.Progress.OnTrack);

        schema.For<GoalPayload>("GoalPayload")
            .Field("goal", p => p.Goal)
            .Field("errors", p => p.Errors);
        schema.For<DeleteGoalPayload>("DeleteGoalPayload")
            .Field("deletedGoalId", p => p.DeletedGoalId)
            .Field("errors", p => p.Errors);
    }

    /// <summary>
    /// The viewer's goal <paramref name="id"/> (global or raw id) with progress, or null when it is not theirs or does not
    /// exist (for <c>node(id:)</c>).
    /// </summary>
    public static async ValueTask<GoalNode?> FindOwnAsync(ResolveFieldContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GlobalId.Parse(id, "Goal") is { } rawId ? await FindOwnByRawIdAsync(context, rawId).ConfigureAwait(false) : null;
    }

    /// <summary>The viewer's goal with the raw id <paramref name="rawId"/> with progress, or null when it is not theirs or does not exist.</summary>
    public static async ValueTask<GoalNode?> FindOwnByRawIdAsync(ResolveFieldContext context, string rawId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Viewer() is not { } viewer) return null;
        foreach (var goal in await context.GetRequiredService<AnalyticsService>().GetGoalsAsync(viewer.UserId, context.CancellationToken).ConfigureAwait(false))
        {
            if (goal.Id == rawId) return await ProgressAsync(context, viewer, goal).ConfigureAwait(false);
        }
        return null;
    }

    private static async ValueTask<GoalPayload> CreateAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var input = LearningInput.Of(c);
        var examArgument = LearningInput.String(input, "examId") ?? "";
        if (GlobalId.Parse(examArgument, "Exam") is not { } examId || string.IsNullOrWhiteSpace(examId))
            return Failed(UserError.NotFound($"No exam '{examArgument}'."));
        var target = LearningInput.DateTime(input, "targetDate") ?? throw new GraphQLException("input.targetDate is required.", ErrorCodes.Validation);
        var result = await c.GetRequiredService<AnalyticsService>().CreateGoalAsync(viewer.UserId, examId, GoalNode.ToDay(target),
            LearningInput.Int(input, "dailyQuestionTarget") ?? 0, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? new GoalPayload(await ProgressAsync(c, viewer, result.Value).ConfigureAwait(false), [])
            : Failed(ToUserError(result.Error, UserError.NotFound($"No exam '{examArgument}'.")));
    }

    private static async ValueTask<GoalPayload> UpdateAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var input = LearningInput.Of(c);
        var goalArgument = LearningInput.String(input, "goalId") ?? "";
        if (GlobalId.Parse(goalArgument, "Goal") is not { } goalId) return Failed(GoalNotFound(goalArgument));
        var target = LearningInput.DateTime(input, "targetDate");
        var result = await c.GetRequiredService<AnalyticsService>().UpdateGoalAsync(viewer.UserId, goalId,
            target is { } t ? GoalNode.ToDay(t) : null, LearningInput.Int(input, "dailyQuestionTarget"), c.CancellationToken).ConfigureAwait(false);
        if (result.IsSuccess) return new GoalPayload(await ProgressAsync(c, viewer, result.Value).ConfigureAwait(false), []);
        return Failed(ToUserError(result.Error, GoalNotFound(goalArgument)));
    }

    private static async ValueTask<DeleteGoalPayload> DeleteAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var goalArgument = LearningInput.String(LearningInput.Of(c), "goalId") ?? "";
        if (GlobalId.Parse(goalArgument, "Goal") is not { } goalId) return new DeleteGoalPayload(null, [GoalNotFound(goalArgument)]);
        var result = await c.GetRequiredService<AnalyticsService>().DeleteGoalAsync(viewer.UserId, goalId, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? new DeleteGoalPayload(GlobalId.Encode("Goal", result.Value), [])
            : new DeleteGoalPayload(null, [GoalNotFound(goalArgument)]);
    }

    /// <summary>Progress against a goal now, from the learner's answers of the last week in their time zone.</summary>
    private static async ValueTask<GoalNode> ProgressAsync(ResolveFieldContext c, Viewer viewer, StudyGoal goal)
    {
        var settings = await LearnerSettings.LoadAsync(c, viewer).ConfigureAwait(false);
        var now = c.GetRequiredService<TimeProvider>().GetUtcNow();
        var events = await c.GetRequiredService<IAnswerEventStore>()
            .QueryAsync(new AnswerEventQuery(UserId: viewer.UserId, ExamId: goal.ExamId, Since: now.AddDays(-8)), c.CancellationToken).ConfigureAwait(false);
        var times = new DateTimeOffset[events.Count];
        for (var i = 0; i < times.Length; i++) times[i] = events[i].OccurredAt;
        return new GoalNode(GoalTracker.Compute(goal, times, now, settings.Zone));
    }

    private static GoalPayload Failed(UserError error) => new(null, [error]);

    private static UserError GoalNotFound(string id) => UserError.NotFound($"No goal '{id}'.");

    /// <summary>
    /// A goal's Domain error as a payload error. The Domain validates the daily target (the exam is checked before), so
    /// a validation error without a path names <c>input.dailyQuestionTarget</c>.
    /// </summary>
    private static UserError ToUserError(Domain.Common.DomainError error, UserError notFound) => error.Code switch
    {
        Domain.Common.ErrorCodes.NotFound => notFound,
        _ => UserError.Validation(error.Message, error.Path is null ? "input.dailyQuestionTarget" : "input." + error.Path),
    };
}
