using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities.Binding;

namespace StudyGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    /// <summary>Binds <paramref name="resolver"/> to <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder Bind(string typeName, string fieldName, FieldResolver resolver)
    {
        _fieldBindings.Add(new(typeName, fieldName, resolver, null));
        return this;
    }

    /// <summary>
    /// Binds a synchronous resolver. Its result may be a value, a list, null, or a task (<see cref="Task{T}"/>,
    /// <see cref="ValueTask{T}"/>), which is awaited.
    /// </summary>
    public SchemaBuilder Bind(string typeName, string fieldName, Func<ResolveFieldContext, object?> resolver)
        => Bind(typeName, fieldName, ResolverAdapters.FromSync(resolver));

    /// <summary>Binds an asynchronous resolver returning <see cref="Task{T}"/>.</summary>
    public SchemaBuilder Bind<T>(string typeName, string fieldName, Func<ResolveFieldContext, Task<T>> resolver)
        => Bind(typeName, fieldName, ResolverAdapters.FromTask(resolver));

    /// <summary>Binds an asynchronous resolver returning <see cref="ValueTask{T}"/> (a separate name: async lambdas would be ambiguous).</summary>
    public SchemaBuilder BindValueTask<T>(string typeName, string fieldName, Func<ResolveFieldContext, ValueTask<T>> resolver)
        => Bind(typeName, fieldName, ResolverAdapters.FromValueTask(resolver));

    /// <summary>
    /// Binds a subscription field: <paramref name="subscribe"/> creates the event stream; each event is resolved by
    /// <paramref name="resolve"/> (by default the event itself is the field's value).
    /// </summary>
    public SchemaBuilder BindSubscription<T>(string typeName, string fieldName, Func<ResolveFieldContext, IAsyncEnumerable<T>> subscribe,
        Func<ResolveFieldContext, object?>? resolve = null)
    {
        _fieldBindings.Add(new(typeName, fieldName, resolve is null ? ResolverAdapters.Identity : ResolverAdapters.FromSync(resolve),
            ResolverAdapters.FromStream(subscribe)));
        return this;
    }

    /// <summary>
    /// Binds a subscription field whose stream is created asynchronously: an exception thrown before the stream exists
    /// (an authorization check, a missing object) is the subscription's request error, as the specification's
    /// CreateSourceEventStream describes, and no event is ever read.
    /// </summary>
    public SchemaBuilder BindSubscriptionAsync<T>(string typeName, string fieldName, Func<ResolveFieldContext, ValueTask<IAsyncEnumerable<T>>> subscribe,
        Func<ResolveFieldContext, object?>? resolve = null)
    {
        _fieldBindings.Add(new(typeName, fieldName, resolve is null ? ResolverAdapters.Identity : ResolverAdapters.FromSync(resolve),
            ResolverAdapters.FromStreamAsync(subscribe)));
        return this;
    }

    /// <summary>
    /// Binds the type <paramref name="typeName"/> to <typeparamref name="T"/>: each field resolves through the public member of
    /// <typeparamref name="T"/> with the field's name (first letter case-insensitive). When the parent value is a
    /// <typeparamref name="T"/> the member is read on it (a model class); otherwise on an instance of <typeparamref name="T"/>
    /// taken from the request services or created once (a resolver class). Method parameters receive arguments by name,
    /// <see cref="ResolveFieldContext"/>, <see cref="CancellationToken"/>, the parent value, or services.
    /// Explicit <c>Bind</c> calls take precedence.
    /// </summary>
    public SchemaBuilder BindType<T>(string typeName) => BindType(typeName, typeof(T));

    /// <summary>Binds the type <paramref name="typeName"/> to <paramref name="clrType"/> (see <see cref="BindType{T}"/>).</summary>
    public SchemaBuilder BindType(string typeName, Type clrType)
    {
        _typeBindings.Add(new(typeName, clrType));
        return this;
    }
}
