using StudyGraph.Api.Context;
using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Learning;

/// <summary>The learner's time zone and preferred session size, from their stored preferences (UTC and 20 without an account record).</summary>
/// <param name="Zone">Where the learner's days start and end.</param>
/// <param name="SessionSize">The preferred size of a suggested session.</param>
public sealed record LearnerSettings(TimeZoneInfo Zone, int SessionSize)
{
    /// <summary>The settings of <paramref name="viewer"/>.</summary>
    public static async ValueTask<LearnerSettings> LoadAsync(ResolveFieldContext context, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(viewer);
        var user = await context.GetRequiredService<IUserRepository>().FindByIdAsync(viewer.UserId, context.CancellationToken).ConfigureAwait(false);
        var preferences = user?.Preferences ?? StudyPreferences.Default;
        return new LearnerSettings(StudyTimeZone.ResolveOrUtc(preferences.TimeZone), preferences.DefaultQuestionCount);
    }
}
