using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Schema;

/// <summary>Binds the fields of one schema type whose parent values are <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR type of the parent value.</typeparam>
public readonly struct TypeBinder<T>
{
    private readonly SchemaBuilder _builder;
    private readonly string _typeName;

    /// <summary>Creates a binder for <paramref name="typeName"/>.</summary>
    public TypeBinder(SchemaBuilder builder, string typeName)
    {
        _builder = builder;
        _typeName = typeName;
    }

    /// <summary>Binds a field computed from the parent alone.</summary>
    public TypeBinder<T> Field(string name, Func<T, object?> resolve)
    {
        _builder.Bind(_typeName, name, c => resolve((T)c.Source!));
        return this;
    }

    /// <summary>Binds a field computed from the parent and the request (arguments, viewer, services); a returned task is awaited.</summary>
    public TypeBinder<T> Field(string name, Func<T, ResolveFieldContext, object?> resolve)
    {
        _builder.Bind(_typeName, name, c => resolve((T)c.Source!, c));
        return this;
    }

    /// <summary>Binds an asynchronous field.</summary>
    public TypeBinder<T> FieldAsync<TResult>(string name, Func<T, ResolveFieldContext, ValueTask<TResult>> resolve)
    {
        _builder.BindValueTask(_typeName, name, c => resolve((T)c.Source!, c));
        return this;
    }
}
