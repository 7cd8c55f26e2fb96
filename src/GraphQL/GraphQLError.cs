using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL;

/// <summary>
/// A GraphQL error as a value (spec section 7.1.2 "Errors"): a message, the source locations it refers to,
/// the response path of the field it belongs to, and extensions such as <c>code</c>.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        OriginalError = originalError;
    }

    /// <summary>The human-readable message.</summary>
    public string Message { get; }

    /// <summary>The 1-based source locations the error refers to, or null.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path: string (field name or alias) and int (list index) segments, or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data for clients (e.g. <c>code</c>), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused the error (for logging; never serialized), or null.</summary>
    public Exception? OriginalError { get; }

    /// <summary>Creates an error located at the given AST nodes (nodes without a known location are skipped).</summary>
    public static GraphQLError At(string message, params ReadOnlySpan<AstNode?> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node is null || !node.Location.IsKnown) continue;
            (locations ??= []).Add(node.Location.ToSourceLocation());
        }
        return new GraphQLError(message, locations);
    }

    /// <summary>A copy with the given path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, OriginalError);

    /// <summary>A copy with the given extensions.</summary>
    public GraphQLError WithExtensions(IReadOnlyDictionary<string, object?>? extensions) => new(Message, Locations, Path, extensions, OriginalError);

    /// <summary>The message followed by the first location, for diagnostics.</summary>
    public override string ToString() =>
        Locations is { Count: > 0 } l ? $"{Message} ({l[0].Line}:{l[0].Column})" : Message;
}
