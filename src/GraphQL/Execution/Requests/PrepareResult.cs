namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// The outcome of <see cref="GraphQLRequestExecutor.Prepare"/>: either an <see cref="Operation"/> or the request
/// <see cref="Errors"/> (syntax, validation, operation selection) to answer without executing.
/// </summary>
public readonly struct PrepareResult
{
    private PrepareResult(PreparedOperation? operation, IReadOnlyList<GraphQLError> errors)
    {
        Operation = operation;
        Errors = errors;
    }

    /// <summary>The prepared operation, or null when preparing failed.</summary>
    public PreparedOperation? Operation { get; }

    /// <summary>The request errors; empty on success.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether an operation was prepared.</summary>
    public bool IsSuccess => Operation is not null;

    /// <summary>The errors as a response without data.</summary>
    public ExecutionResult ToErrorResult() => ExecutionResult.FromErrors(Errors);

    internal static PrepareResult Success(PreparedOperation operation) => new(operation, []);

    internal static PrepareResult Failure(IReadOnlyList<GraphQLError> errors) => new(null, errors);
}
