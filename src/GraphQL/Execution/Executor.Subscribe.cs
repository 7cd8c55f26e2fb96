using System.Runtime.CompilerServices;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Utilities.Binding;

namespace StudyGraph.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>
    /// Spec 6.2.3 "Subscription": <c>CreateSourceEventStream</c> then <c>MapSourceToResponseEvent</c>. Each source event is
    /// executed as the root value of the operation (field errors per event); an error before the stream starts (bad
    /// variables, unknown field, a subscribe resolver that throws or returns no stream) is yielded as a single result
    /// without data. Disposing the enumerator disposes the source stream.
    /// </summary>
    public static IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SubscribeCore(request, request.CancellationToken);
    }

    private static async IAsyncEnumerable<ExecutionResult> SubscribeCore(ExecutionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = ExecutionContext.Create(request with { CancellationToken = cancellationToken }, out var errors);
        if (context is null)
        {
            yield return ExecutionResult.FromErrors(errors);
            yield break;
        }
        var (stream, error) = await CreateSourceEventStreamAsync(context).ConfigureAwait(false);
        if (stream is null)
        {
            yield return ExecutionResult.FromError(error!);
            yield break;
        }
        await using var events = stream.GetAsyncEnumerator(cancellationToken);
        while (await events.MoveNextAsync().ConfigureAwait(false))
        {
            context.UserContext.Remove(DataLoaderRegistry.ContextKey);
            yield return await ExecuteOperationAsync(context.ForEvent(), events.Current).ConfigureAwait(false);
        }
    }

    /// <summary>Spec <c>CreateSourceEventStream</c>: the root field's event stream, or the request error.</summary>
    private static async ValueTask<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync(ExecutionContext context)
    {
        var rootType = context.Schema.SubscriptionType;
        if (rootType is null)
            return (null, GraphQLError.At("Schema is not configured to execute subscription operation.", context.Operation));
        OrderedDictionary<string, List<FieldNode>> fields;
        try
        {
            fields = context.CollectRootFields(rootType);
        }
        catch (FieldErrorException e)
        {
            return (null, e.Error);
        }
        if (fields.Count == 0) return (null, GraphQLError.At("Subscription operation must select a field.", context.Operation));
        var (key, nodes) = fields.GetAt(0);
        var fieldName = nodes[0].Name.Value;
        var definition = context.GetFieldDefinition(rootType, fieldName);
        if (definition is null)
            return (null, At($"The subscription field \"{fieldName}\" is not defined.", nodes, null));
        var path = new object[] { key };
        try
        {
            var args = ArgumentCoercion.Coerce(definition.Arguments, nodes[0].Arguments, nodes[0], context.Variables, out var argError);
            if (args is null) return (null, argError!.WithPath(path));
            var resolveContext = new ResolveFieldContext
            {
                Source = context.RootValue,
                Arguments = args,
                FieldDefinition = definition,
                ParentType = rootType,
                Schema = context.Schema,
                Path = path,
                FieldNodes = nodes,
                Operation = context.Operation,
                Variables = context.Variables,
                CancellationToken = context.CancellationToken,
                RequestServices = context.Services,
                UserContext = context.UserContext,
            };
            object? stream;
            if (definition.Subscriber is not null) stream = await definition.Subscriber(resolveContext).ConfigureAwait(false);
            else stream = await DefaultFieldResolver.Instance(resolveContext).ConfigureAwait(false);
            if (stream is Exception ex) throw ex;
            if (stream is IAsyncEnumerable<object?> events) return (events, null);
            return (null, At($"Subscription field must return Async Iterable. Received: {Inspect.Value(stream)}.", nodes, path));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, new GraphQLError(ex.Message, At("", nodes, null).Locations, path,
                (ex as GraphQLException)?.Extensions, ex));
        }
    }

    private static GraphQLError At(string message, List<FieldNode> nodes, object[]? path)
    {
        var located = GraphQLError.At(message, [.. nodes]);
        return path is null ? located : located.WithPath(path);
    }
}
