using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// Spec section 6 "Execution": runs a validated document against a schema. Request errors (no operation, bad variables)
/// give a result without data; field errors give partial data with errors; cancellation throws
/// <see cref="OperationCanceledException"/>. Pending <see cref="DataLoader{TKey, TValue}"/> batches are dispatched whenever
/// the started work is waiting.
/// </summary>
public static partial class Executor
{
    /// <summary>Executes the request's query or mutation (subscriptions go through <see cref="SubscribeAsync"/>).</summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.CancellationToken.ThrowIfCancellationRequested();
        var context = ExecutionContext.Create(request, out var errors);
        if (context is null) return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors));
        return ExecuteOperationAsync(context, context.RootValue);
    }

    /// <summary>Parses nothing and validates nothing: a shortcut for <see cref="ExecuteAsync(ExecutionRequest)"/>.</summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(GraphQLSchema schema, DocumentNode document, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, CancellationToken cancellationToken = default)
        => ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            OperationName = operationName,
            Variables = variables,
            RootValue = rootValue,
            CancellationToken = cancellationToken,
        });

    internal static async ValueTask<ExecutionResult> ExecuteOperationAsync(ExecutionContext context, object? rootValue)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.FromData(null, [GraphQLError.At(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation)]);
        }
        var loaders = DataLoaderRegistry.Attach(context.UserContext);
        try
        {
            var fields = context.CollectRootFields(rootType);
            // Resolvers and DataLoader batches started from here capture no synchronization context, so the continuations of
            // a completed batch run inline: every key of the next level is queued before the next dispatch.
            var captured = SynchronizationContext.Current;
            ValueTask<ResponseMap> root;
            Task<ResponseMap>? driven = null;
            if (captured is not null) SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                root = operation.Operation == OperationType.Mutation
                    ? context.ExecuteFieldsSerially(rootType, rootValue, fields)
                    : context.ExecuteFields(rootType, rootValue, null, fields);
                if (!root.IsCompletedSuccessfully) driven = DriveAsync(root.AsTask(), loaders, context.CancellationToken);
            }
            finally
            {
                if (captured is not null) SynchronizationContext.SetSynchronizationContext(captured);
            }
            var data = driven is null ? root.Result : await driven.ConfigureAwait(false);
            return ExecutionResult.FromData(data, context.Errors);
        }
        catch (FieldErrorException e)
        {
            context.AddError(e.Error);
            return ExecutionResult.FromData(null, context.Errors);
        }
    }

    /// <summary>Awaits the root while dispatching DataLoader batches each time the running work waits on loaders.</summary>
    private static async Task<ResponseMap> DriveAsync(Task<ResponseMap> root, DataLoaderRegistry loaders, CancellationToken cancellationToken)
    {
        while (!root.IsCompleted)
        {
            if (loaders.HasPending)
            {
                await loaders.DispatchAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            await Task.WhenAny(root, loaders.WhenPendingAsync()).ConfigureAwait(false);
        }
        return await root.ConfigureAwait(false);
    }
}
