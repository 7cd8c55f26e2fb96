using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Schema;

/// <summary>Shorthands for binding resolvers.</summary>
public static class SchemaBuilderExtensions
{
    /// <summary>A binder for the fields of <paramref name="typeName"/> whose parent values are <typeparamref name="T"/>.</summary>
    public static TypeBinder<T> For<T>(this SchemaBuilder builder, string typeName) => new(builder, typeName);

    /// <summary>Binds a root field (Query, Mutation) resolved asynchronously.</summary>
    public static SchemaBuilder Root<TResult>(this SchemaBuilder builder, string typeName, string fieldName, Func<ResolveFieldContext, ValueTask<TResult>> resolve) =>
        builder.BindValueTask(typeName, fieldName, resolve);
}
