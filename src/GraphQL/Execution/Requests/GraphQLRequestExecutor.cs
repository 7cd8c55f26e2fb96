using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Validation;

namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// The request pipeline transports call: <see cref="Prepare"/> (parse with limits, validate with cost limits, select the
/// operation; parse and validation results cached by content hash), then <c>ExecuteAsync</c> or
/// <see cref="SubscribeAsync"/>. Thread-safe; create one per schema.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly RequestExecutorOptions _options;

    /// <summary>Creates the executor for <paramref name="schema"/>.</summary>
    public GraphQLRequestExecutor(GraphQLSchema schema, RequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? RequestExecutorOptions.Default;
        Cache = new DocumentCache(_options.DocumentCacheSize);
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document cache (hit counts for tests and metrics).</summary>
    public DocumentCache Cache { get; }

    /// <summary>
    /// Parses and validates <paramref name="query"/> (or takes both from the cache) and selects the operation. Request
    /// errors (syntax, validation, unknown or ambiguous operation) come back in <see cref="PrepareResult.Errors"/>.
    /// </summary>
    public PrepareResult Prepare(string query, string? operationName = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hash = DocumentCache.Hash(query);
        if (!Cache.TryGet(hash, out var document, out var validationErrors))
        {
            try
            {
                document = Parser.Parse(query, _options.Parser);
            }
            catch (GraphQLSyntaxException e)
            {
                return PrepareResult.Failure([e.Error]);
            }
            validationErrors = DocumentValidator.Validate(Schema, document, _options.Validation);
            Cache.Add(hash, document, validationErrors);
        }
        if (validationErrors.Count > 0) return PrepareResult.Failure(validationErrors);
        var operation = OperationSelector.Select(document, operationName, out var error);
        return operation is null ? PrepareResult.Failure([error!]) : PrepareResult.Success(new PreparedOperation(document, operation, operationName));
    }

    /// <summary>Executes a prepared query or mutation with raw variables (plain values or JSON elements).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedOperation operation, IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null, IDictionary<string, object?>? userContext = null, IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
        => Executor.ExecuteAsync(Request(operation, variables, rootValue, userContext, services, cancellationToken));

    /// <summary>Executes a prepared query or mutation with the request's <c>variables</c> JSON object (null or absent allowed).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedOperation operation, JsonElement? variables, object? rootValue = null,
        IDictionary<string, object?>? userContext = null, IServiceProvider? services = null, CancellationToken cancellationToken = default)
        => ExecuteAsync(operation, FromJson(variables), rootValue, userContext, services, cancellationToken);

    /// <summary>Runs a prepared subscription (see <see cref="Executor.SubscribeAsync"/>).</summary>
    public IAsyncEnumerable<ExecutionResult> SubscribeAsync(PreparedOperation operation, IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null, IDictionary<string, object?>? userContext = null, IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
        => Executor.SubscribeAsync(Request(operation, variables, rootValue, userContext, services, cancellationToken));

    /// <summary>Prepares and executes in one call (for tests and simple hosts): request errors give a result without data.</summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(string query, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(query, operationName);
        if (prepared.Operation is null) return prepared.ToErrorResult();
        return await ExecuteAsync(prepared.Operation, variables, rootValue, null, null, cancellationToken).ConfigureAwait(false);
    }

    private ExecutionRequest Request(PreparedOperation operation, IReadOnlyDictionary<string, object?>? variables, object? rootValue,
        IDictionary<string, object?>? userContext, IServiceProvider? services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new ExecutionRequest
        {
            Schema = Schema,
            Document = operation.Document,
            OperationName = operation.OperationName,
            Variables = variables,
            RootValue = rootValue,
            UserContext = userContext,
            RequestServices = services,
            CancellationToken = cancellationToken,
        };
    }

    private static Dictionary<string, object?>? FromJson(JsonElement? variables)
    {
        if (variables is not { ValueKind: JsonValueKind.Object } v) return null;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject()) map[p.Name] = p.Value;
        return map;
    }
}
