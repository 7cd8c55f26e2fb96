using StudyGraph.Api.Learning;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Accounts;

/// <summary><c>User.goals</c>: the user's goals with today's progress, in the user's time zone.</summary>
public static class UserGoals
{
    /// <summary>Every goal of <paramref name="user"/>, oldest first, with progress from the answers of the last eight days.</summary>
    public static async ValueTask<IReadOnlyList<GoalNode>> ListAsync(ResolveFieldContext context, User user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var goals = await context.GetRequiredService<AnalyticsService>().GetGoalsAsync(user.Id, context.CancellationToken).ConfigureAwait(false);
        if (goals.Count == 0) return [];
        var zone = StudyTimeZone.ResolveOrUtc(user.Preferences.TimeZone);
        var now = context.GetRequiredService<TimeProvider>().GetUtcNow();
        var events = await context.GetRequiredService<IAnswerEventStore>()
            .QueryAsync(new AnswerEventQuery(UserId: user.Id, Since: now.AddDays(-8)), context.CancellationToken).ConfigureAwait(false);
        var nodes = new GoalNode[goals.Count];
        for (var g = 0; g < nodes.Length; g++)
        {
            var times = new List<DateTimeOffset>();
            foreach (var e in events)
            {
                if (e.ExamId == goals[g].ExamId) times.Add(e.OccurredAt);
            }
            nodes[g] = new GoalNode(GoalTracker.Compute(goals[g], times, now, zone));
        }
        return nodes;
    }
}
