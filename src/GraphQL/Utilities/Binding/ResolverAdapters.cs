using System.Collections.Concurrent;
using System.Reflection;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.Utilities.Binding;

/// <summary>Adapts user delegates (sync, <see cref="Task{T}"/>, <see cref="ValueTask{T}"/>, async streams) to <see cref="FieldResolver"/>.</summary>
public static class ResolverAdapters
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>?> ResultGetters = new();
    private static readonly ConcurrentDictionary<Type, Func<object, Task>?> ValueTaskAsTask = new();

    /// <summary>A resolver returning the parent value itself (subscription events).</summary>
    public static FieldResolver Identity { get; } = ctx => new ValueTask<object?>(ctx.Source);

    /// <summary>Adapts a synchronous delegate; a task it returns is awaited.</summary>
    public static FieldResolver FromSync(Func<ResolveFieldContext, object?> resolver) => ctx => Unwrap(resolver(ctx));

    /// <summary>Adapts a delegate returning <see cref="Task{T}"/>.</summary>
    public static FieldResolver FromTask<T>(Func<ResolveFieldContext, Task<T>> resolver) => ctx =>
    {
        var task = resolver(ctx);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTyped(task);
    };

    /// <summary>Adapts a delegate returning <see cref="ValueTask{T}"/>.</summary>
    public static FieldResolver FromValueTask<T>(Func<ResolveFieldContext, ValueTask<T>> resolver) => ctx =>
    {
        var task = resolver(ctx);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTyped(task.AsTask());
    };

    /// <summary>Adapts a delegate creating an event stream.</summary>
    public static SubscriptionResolver FromStream<T>(Func<ResolveFieldContext, IAsyncEnumerable<T>> subscribe)
        => ctx => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(ctx)));

    /// <summary>A subscriber that does asynchronous work (e.g. an authorization check) before its stream exists.</summary>
    public static SubscriptionResolver FromStreamAsync<T>(Func<ResolveFieldContext, ValueTask<IAsyncEnumerable<T>>> subscribe)
        => async ctx => Box(await subscribe(ctx).ConfigureAwait(false));

    /// <summary>A resolver result as a <see cref="ValueTask{TResult}"/>: tasks (also boxed <see cref="ValueTask{TResult}"/>) are awaited, other values returned.</summary>
    public static ValueTask<object?> Unwrap(object? result)
    {
        switch (result)
        {
            case null: return new ValueTask<object?>((object?)null);
            case Task t: return AwaitUntyped(t);
        }
        var type = result.GetType();
        if (type.IsValueType && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var asTask = ValueTaskAsTask.GetOrAdd(type, static t =>
            {
                var m = t.GetMethod(nameof(ValueTask<int>.AsTask))!;
                return o => (Task)m.Invoke(o, null)!;
            });
            return AwaitUntyped(asTask!(result));
        }
        if (result is ValueTask vt) return AwaitUntyped(vt.AsTask());
        return new ValueTask<object?>(result);
    }

    private static async ValueTask<object?> AwaitTyped<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitUntyped(Task task)
    {
        await task.ConfigureAwait(false);
        return TaskResult(task);
    }

    private static object? TaskResult(Task task)
    {
        var getter = ResultGetters.GetOrAdd(task.GetType(), static t =>
        {
            if (!t.IsGenericType) return null;
            var arg = t.GetGenericArguments()[0];
            if (arg.Name == "VoidTaskResult") return null;
            var p = t.GetProperty(nameof(Task<int>.Result), BindingFlags.Public | BindingFlags.Instance);
            return p is null ? null : o => p.GetValue(o);
        });
        return getter?.Invoke(task);
    }

    private static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source)
        => source is IAsyncEnumerable<object?> boxed ? boxed : BoxValues(source);

    private static async IAsyncEnumerable<object?> BoxValues<T>(IAsyncEnumerable<T> source)
    {
        await foreach (var item in source.ConfigureAwait(false)) yield return item;
    }
}
