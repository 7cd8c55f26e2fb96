namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// The response of one operation (spec 7.1 "Response Format"). <see cref="HasData"/> tells <c>"data": null</c> (an error
/// propagated to the root, or execution failed) from absent data (a request error: the document or the variables were
/// rejected before execution started).
/// </summary>
public sealed partial class ExecutionResult
{
    private static readonly IReadOnlyList<GraphQLError> NoErrors = [];

    /// <summary>A result with data (possibly null) and field errors.</summary>
    public static ExecutionResult FromData(ResponseMap? data, IReadOnlyList<GraphQLError>? errors = null)
        => new() { Data = data, HasData = true, Errors = errors is { Count: > 0 } ? errors : NoErrors };

    /// <summary>A request error result: no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors)
        => new() { Data = null, HasData = false, Errors = errors };

    /// <summary>A request error result of one error.</summary>
    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>The data, or null (see <see cref="HasData"/>).</summary>
    public ResponseMap? Data { get; private init; }

    /// <summary>Whether the response has a <c>data</c> entry (false for request errors).</summary>
    public bool HasData { get; private init; }

    /// <summary>The errors in the order they were raised; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; private init; } = NoErrors;

    /// <summary>Response extensions (written as <c>extensions</c>), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
