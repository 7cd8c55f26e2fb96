using System.Collections;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Utilities.Binding;

namespace StudyGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>Spec 6.4.3 <c>CompleteValue</c> for every kind of type, with graphql-js's error messages.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType returnType, List<FieldNode> nodes, ResolveFieldContext context, ResponsePath path, object? result)
    {
        if (result is Exception exception) ExceptionDispatchInfo.Throw(exception);
        if (returnType is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, nodes, context, path, result);
            if (!inner.IsCompletedSuccessfully) return AwaitNonNull(inner, nodes, context, path);
            if (inner.Result is null) throw NonNullError(nodes, context, path);
            return inner;
        }
        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }) return new ValueTask<object?>((object?)null);
        switch (returnType)
        {
            case ListType list: return CompleteListValue(list.OfType, nodes, context, path, result);
            case ScalarType scalar: return new ValueTask<object?>(CompleteLeaf(scalar, scalar.Serialize(result), result));
            case EnumType en: return new ValueTask<object?>(CompleteLeaf(en, en.Serialize(result), result));
            case ObjectType obj: return CompleteObjectValue(obj, nodes, context, path, result);
            default: return CompleteObjectValue(ResolveRuntimeType((NamedType)returnType, context, result), nodes, context, path, result);
        }
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, List<FieldNode> nodes, ResolveFieldContext context, ResponsePath path)
        => await inner.ConfigureAwait(false) ?? throw NonNullError(nodes, context, path);

    private static FieldErrorException NonNullError(List<FieldNode> nodes, ResolveFieldContext context, ResponsePath path)
        => new(new GraphQLError($"Cannot return null for non-nullable field {context.ParentType.Name}.{context.FieldName}.",
            Locations(nodes), path.ToArray()));

    private static object CompleteLeaf(NamedType type, CoercionResult serialized, object result)
    {
        if (serialized.IsError) throw new GraphQLException(serialized.Error!);
        return serialized.Value ?? throw new GraphQLException(
            $"Expected `{type.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteListValue(GraphQLType itemType, List<FieldNode> nodes, ResolveFieldContext context, ResponsePath path, object result)
    {
        IEnumerable? items = result switch
        {
            string => null,
            JsonElement { ValueKind: JsonValueKind.Array } je => JsonItems(je),
            JsonElement => null,
            IDictionary => null,
            IEnumerable e => e,
            _ => null,
        };
        if (items is null)
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.FieldName}\".");
        if (items is IList list) return CompleteIndexedList(itemType, nodes, context, path, list);
        var completed = new List<object?>(items is ICollection c ? c.Count : 8);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = path.Add(index);
            try
            {
                var vt = CompleteValue(itemType, nodes, context, itemPath, item);
                if (vt.IsCompletedSuccessfully) completed.Add(vt.Result);
                else
                {
                    completed.Add(null);
                    (pending ??= []).Add((index, vt));
                }
            }
            catch (Exception ex) when (!IsCancellation(ex))
            {
                try
                {
                    completed.Add(HandleFieldError(ex, itemType, nodes, itemPath));
                }
                catch (Exception propagated) when (pending is not null)
                {
                    return DrainThenThrow<object?>(pending, ExceptionDispatchInfo.Capture(propagated));
                }
            }
            index++;
        }
        return pending is null ? new ValueTask<object?>(completed.ToArray()) : AwaitItems(completed, pending, itemType, nodes, path);
    }

    /// <summary>The common case of an indexable list: completes into the result array directly.</summary>
    private ValueTask<object?> CompleteIndexedList(GraphQLType itemType, List<FieldNode> nodes, ResolveFieldContext context, ResponsePath path, IList items)
    {
        var completed = new object?[items.Count];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var index = 0; index < completed.Length; index++)
        {
            var itemPath = path.Add(index);
            try
            {
                var vt = CompleteValue(itemType, nodes, context, itemPath, items[index]);
                if (vt.IsCompletedSuccessfully) completed[index] = vt.Result;
                else (pending ??= []).Add((index, vt));
            }
            catch (Exception ex) when (!IsCancellation(ex))
            {
                try
                {
                    completed[index] = HandleFieldError(ex, itemType, nodes, itemPath);
                }
                catch (Exception propagated) when (pending is not null)
                {
                    return DrainThenThrow<object?>(pending, ExceptionDispatchInfo.Capture(propagated));
                }
            }
        }
        return pending is null ? new ValueTask<object?>(completed) : AwaitItems(completed, pending, itemType, nodes, path);
    }

    private async ValueTask<object?> AwaitItems(IList<object?> completed, List<(int Index, ValueTask<object?> Task)> pending, GraphQLType itemType,
        List<FieldNode> nodes, ResponsePath path)
    {
        ExceptionDispatchInfo? first = null;
        foreach (var (index, task) in pending)
        {
            try
            {
                completed[index] = await task.ConfigureAwait(false);
            }
            catch (Exception ex) when (!IsCancellation(ex))
            {
                try
                {
                    completed[index] = HandleFieldError(ex, itemType, nodes, path.Add(index));
                }
                catch (Exception propagated)
                {
                    first ??= ExceptionDispatchInfo.Capture(propagated);
                }
            }
        }
        first?.Throw();
        return completed as object?[] ?? [.. completed];
    }

    private static IEnumerable<object?> JsonItems(JsonElement array)
    {
        foreach (var item in array.EnumerateArray()) yield return item;
    }

    /// <summary>graphql-js <c>completeAbstractValue</c> / <c>ensureValidRuntimeType</c>.</summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, ResolveFieldContext context, object result)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        } ?? DefaultTypeResolver.Instance;
        var runtime = resolver(result, context, abstractType);
        if (runtime is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        if (!ReferenceEquals(Schema.GetType(runtime.Name), runtime))
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtime.Name}\" that does not exist inside the schema.");
        if (!Schema.IsSubType(abstractType, runtime))
            throw new GraphQLException($"Runtime Object type \"{runtime.Name}\" is not a possible type for \"{abstractType.Name}\".");
        return runtime;
    }

    private ValueTask<object?> CompleteObjectValue(ObjectType type, List<FieldNode> nodes, ResolveFieldContext context, ResponsePath path, object result)
    {
        if (type.IsTypeOf is not null && !type.IsTypeOf(result, context))
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(result)}.");
        var fields = CollectSubfields(type, nodes);
        var vt = ExecuteFields(type, result, path, fields);
        return vt.IsCompletedSuccessfully ? new ValueTask<object?>(vt.Result) : AsObject(vt);
    }

    private static async ValueTask<object?> AsObject(ValueTask<ResponseMap> task) => await task.ConfigureAwait(false);
}
