using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Learning;

/// <summary>Reads the fields of a mutation's coerced <c>input</c> argument.</summary>
public static class LearningInput
{
    /// <summary>The <c>input</c> argument (empty when absent).</summary>
    public static IReadOnlyDictionary<string, object?> Of(ResolveFieldContext context) =>
        context?.GetArgument<IReadOnlyDictionary<string, object?>>("input") ?? new Dictionary<string, object?>();

    /// <summary>A string field, or null.</summary>
    public static string? String(IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var v) ? v?.ToString() : null;

    /// <summary>An Int field, or null.</summary>
    public static int? Int(IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var v) && v is not null ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A DateTime field, or null.</summary>
    public static DateTimeOffset? DateTime(IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var v) ? v switch
        {
            DateTimeOffset d => d,
            System.DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? System.DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
            _ => null,
        } : null;
}
