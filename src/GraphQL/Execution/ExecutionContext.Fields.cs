using System.Runtime.ExceptionServices;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities.Binding;

namespace StudyGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>The value of a field that is not defined on its type: the response leaves the key out.</summary>
    private static readonly object Skip = new();

    /// <summary>
    /// Spec 6.3 <c>ExecuteSelectionSet</c> for queries: starts every field in order, then awaits those still running, so
    /// asynchronous siblings overlap. A field that propagates null synchronously stops the fields after it (as graphql-js).
    /// </summary>
    public ValueTask<ResponseMap> ExecuteFields(ObjectType parentType, object? source, ResponsePath? path,
        OrderedDictionary<string, List<FieldNode>> fields)
    {
        var map = new ResponseMap(fields.Count);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, nodes) = fields.GetAt(i);
            var fieldPath = path is null ? ResponsePath.Root(key) : path.Add(key);
            ValueTask<object?> vt;
            try
            {
                vt = ExecuteField(parentType, source, nodes, fieldPath);
            }
            catch (Exception ex) when (pending is not null)
            {
                return DrainThenThrow<ResponseMap>(pending, ExceptionDispatchInfo.Capture(ex));
            }
            if (vt.IsCompletedSuccessfully)
            {
                var value = vt.Result;
                if (!ReferenceEquals(value, Skip)) map.Add(key, value);
            }
            else
            {
                (pending ??= []).Add((map.Add(key, null), vt));
            }
        }
        return pending is null ? new ValueTask<ResponseMap>(map) : AwaitFields(map, pending);
    }

    /// <summary>Spec 6.3 for mutations (<c>ExecuteFieldsSerially</c>): each root field completes before the next starts.</summary>
    public async ValueTask<ResponseMap> ExecuteFieldsSerially(ObjectType parentType, object? source, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var map = new ResponseMap(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, nodes) = fields.GetAt(i);
            var value = await ExecuteField(parentType, source, nodes, ResponsePath.Root(key)).ConfigureAwait(false);
            if (!ReferenceEquals(value, Skip)) map.Add(key, value);
        }
        return map;
    }

    private static async ValueTask<ResponseMap> AwaitFields(ResponseMap map, List<(int Index, ValueTask<object?> Task)> pending)
    {
        ExceptionDispatchInfo? first = null;
        foreach (var (index, task) in pending)
        {
            try
            {
                map.SetValue(index, await task.ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                first ??= ExceptionDispatchInfo.Capture(ex);
            }
        }
        first?.Throw();
        return map;
    }

    private static async ValueTask<T> DrainThenThrow<T>(List<(int Index, ValueTask<object?> Task)> pending, ExceptionDispatchInfo error)
    {
        foreach (var (_, task) in pending)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first error wins; later ones were recorded where they were nullable.
            }
        }
        error.Throw();
        return default!;
    }

    /// <summary>Spec 6.4 <c>ExecuteField</c>: coerces the arguments, calls the resolver and completes its value.</summary>
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        var node = nodes[0];
        var definition = GetFieldDefinition(parentType, node.Name.Value);
        if (definition is null) return new ValueTask<object?>(Skip);
        CancellationToken.ThrowIfCancellationRequested();
        var returnType = definition.Type;
        ResolveFieldContext context;
        ValueTask<object?> resolved;
        try
        {
            var args = CoerceArguments(definition, node);
            context = new ResolveFieldContext
            {
                Source = source,
                Arguments = args,
                FieldDefinition = definition,
                ParentType = parentType,
                Schema = Schema,
                Path = path,
                FieldNodes = nodes,
                Operation = Operation,
                Variables = Variables,
                CancellationToken = CancellationToken,
                RequestServices = Services,
                UserContext = UserContext,
            };
            resolved = (definition.Resolver ?? DefaultFieldResolver.Instance)(context);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            return new ValueTask<object?>(HandleFieldError(ex, returnType, nodes, path));
        }
        if (!resolved.IsCompletedSuccessfully) return AwaitResolved(resolved, context, returnType, nodes, path);
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(returnType, nodes, context, path, resolved.Result);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            return new ValueTask<object?>(HandleFieldError(ex, returnType, nodes, path));
        }
        return completed.IsCompletedSuccessfully ? completed : AwaitCompleted(completed, returnType, nodes, path);
    }

    /// <summary>
    /// The field's coerced arguments, computed once per (field node, definition) for the request: variables are fixed for
    /// the request, so list items share one coercion.
    /// </summary>
    private IReadOnlyDictionary<string, object?> CoerceArguments(FieldDefinition definition, FieldNode node)
    {
        if (definition.Arguments.Count == 0) return ArgumentCoercion.Coerce(definition.Arguments, node.Arguments, node, Variables, out _)!;
        lock (_arguments)
        {
            if (_arguments.TryGetValue((node, definition), out var cached)) return cached;
        }
        var args = ArgumentCoercion.Coerce(definition.Arguments, node.Arguments, node, Variables, out var argError)
            ?? throw new FieldErrorException(argError!);
        lock (_arguments) _arguments[(node, definition)] = args;
        return args;
    }

    private async ValueTask<object?> AwaitResolved(ValueTask<object?> resolved, ResolveFieldContext context, GraphQLType returnType,
        List<FieldNode> nodes, ResponsePath path)
    {
        try
        {
            var value = await resolved.ConfigureAwait(false);
            return await CompleteValue(returnType, nodes, context, path, value).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            return HandleFieldError(ex, returnType, nodes, path);
        }
    }

    private async ValueTask<object?> AwaitCompleted(ValueTask<object?> completed, GraphQLType returnType, List<FieldNode> nodes, ResponsePath path)
    {
        try
        {
            return await completed.ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            return HandleFieldError(ex, returnType, nodes, path);
        }
    }

    /// <summary>graphql-js <c>handleFieldError</c>: a non-null position rethrows (null propagation), a nullable one records the error.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, List<FieldNode> nodes, ResponsePath path)
    {
        var error = ToLocatedError(exception, nodes, path);
        if (returnType is NonNullType)
        {
            if (exception is FieldErrorException fe && ReferenceEquals(fe.Error, error)) throw fe;
            throw new FieldErrorException(error);
        }
        AddError(error);
        return null;
    }

    private static GraphQLError ToLocatedError(Exception exception, List<FieldNode> nodes, ResponsePath path)
    {
        if (exception is FieldErrorException fe)
        {
            if (fe.Error.Path is not null) return fe.Error;
            var e = fe.Error;
            return new GraphQLError(e.Message, e.Locations ?? Locations(nodes), path.ToArray(), e.Extensions, e.OriginalError);
        }
        var extensions = exception is GraphQLException ge ? ge.Extensions : null;
        return new GraphQLError(exception.Message, Locations(nodes), path.ToArray(), extensions, exception);
    }

    private static List<SourceLocation>? Locations(List<FieldNode> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var n in nodes)
        {
            if (n.Location.IsKnown) (locations ??= new List<SourceLocation>(nodes.Count)).Add(n.Location.ToSourceLocation());
        }
        return locations;
    }

    private bool IsCancellation(Exception ex) => ex is OperationCanceledException && CancellationToken.IsCancellationRequested;
}
