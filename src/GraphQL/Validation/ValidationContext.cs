using System.Collections.ObjectModel;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation;

/// <summary>
/// What the rules of one validation run share: the schema, the document, the <see cref="Validation.TypeInfo"/> at the
/// current position, fragment and variable look-ups (cached), and the error sink with its cap
/// (graphql-js's <c>ValidationContext</c>).
/// </summary>
public sealed partial class ValidationContext
{
    private static readonly IReadOnlyDictionary<string, object?> SpecCode =
        new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["code"] = ValidationErrorCodes.ValidationFailed });

    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;

    /// <summary>Creates a context; <see cref="DocumentValidator"/> does this for each run.</summary>
    public ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(options);
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        Options = options;
        _maxErrors = options.MaxErrors;
    }

    /// <summary>The schema validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The type information at the current position of the walk.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The options of this run.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Whether the error cap was reached: the walk stops.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>Reports a rule violation located at <paramref name="nodes"/>, with <c>extensions.code</c> GRAPHQL_VALIDATION_FAILED.</summary>
    public void ReportError(string message, params ReadOnlySpan<AstNode?> nodes)
        => ReportError(GraphQLError.At(message, nodes).WithExtensions(SpecCode));

    /// <summary>Reports a rule violation located at <paramref name="nodes"/>, with <c>extensions.code</c> GRAPHQL_VALIDATION_FAILED.</summary>
    public void ReportError(string message, IReadOnlyList<AstNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location.IsKnown) locations.Add(node.Location.ToSourceLocation());
        }
        ReportError(new GraphQLError(message, locations.Count > 0 ? locations : null, extensions: SpecCode));
    }

    /// <summary>Reports an error as it is (cost rules use their own codes).</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsAborted) return;
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", extensions: SpecCode));
            IsAborted = true;
            return;
        }
        _errors.Add(error);
    }
}
