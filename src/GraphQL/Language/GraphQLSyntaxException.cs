namespace StudyGraph.GraphQL.Language;

/// <summary>Thrown by the parser for a document that is not valid GraphQL syntax (or exceeds a parser limit).</summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the exception from its error value.</summary>
    public GraphQLSyntaxException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    /// <summary>The error as a value: message "Syntax Error: ..." and one location.</summary>
    public GraphQLError Error { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line => Error.Locations is { Count: > 0 } l ? l[0].Line : 0;

    /// <summary>1-based column of the error.</summary>
    public int Column => Error.Locations is { Count: > 0 } l ? l[0].Column : 0;
}
