namespace StudyGraph.GraphQL.Utilities;

/// <summary>Thrown when a schema cannot be built: it carries every problem found (SDL, type system or resolver binding).</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order they were found.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<GraphQLError> errors)
    {
        var lines = new List<string>(errors.Count + 1) { $"The schema is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):" };
        foreach (var e in errors) lines.Add("  - " + e);
        return string.Join(Environment.NewLine, lines);
    }
}
