namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// An exception a resolver throws to report a field error with a client-facing message and extensions such as
/// <c>code</c>; the executor turns it into a <see cref="GraphQLError"/> at the field's locations and path.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception with a message and optional extensions.</summary>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Extensions = extensions;
    }

    /// <summary>Creates the exception with a message and an <c>extensions.code</c>.</summary>
    public GraphQLException(string message, string code)
        : this(message, new Dictionary<string, object?> { ["code"] = code })
    {
    }

    /// <summary>The error's extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
