using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Execution;

/// <summary>What <see cref="Executor"/> executes: a schema, a validated document and the request's inputs.</summary>
public sealed record ExecutionRequest
{
    /// <summary>The schema.</summary>
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The document, already validated (the executor does not validate).</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; null picks the only operation of the document.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values (plain CLR values or <see cref="System.Text.Json.JsonElement"/>s), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The root value: the source of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The per-request bag handed to every resolver; created when null.</summary>
    public IDictionary<string, object?>? UserContext { get; init; }

    /// <summary>The request's services, or null.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>Cancels the execution: no resolver starts once it is cancelled and the execution throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }
}
