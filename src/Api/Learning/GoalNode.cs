using StudyGraph.Domain.Learning;

namespace StudyGraph.Api.Learning;

/// <summary>A goal with the learner's progress against it: the parent value of <c>Goal</c>.</summary>
/// <param name="Progress">The Domain's progress (it holds the goal).</param>
public sealed record GoalNode(GoalProgress Progress)
{
    /// <summary>The goal's global id (<c>Goal:rawId</c>).</summary>
    public string GlobalId => Relay.GlobalId.Encode("Goal", Progress.Goal.Id);

    /// <summary>The schema's <c>DateTime</c> for a goal's day: midnight UTC of <paramref name="day"/>.</summary>
    public static DateTimeOffset ToDateTime(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The goal day of a <c>DateTime</c> input: its date at UTC (the inverse of <see cref="ToDateTime"/>).</summary>
    public static DateOnly ToDay(DateTimeOffset value) => DateOnly.FromDateTime(value.UtcDateTime);
}
