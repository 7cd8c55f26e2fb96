namespace StudyGraph.GraphQL.Execution;

/// <summary>Gets a request's <see cref="DataLoader{TKey, TValue}"/> from a resolver.</summary>
public static class DataLoaderExtensions
{
    /// <summary>The request's loader named <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(this ResolveFieldContext context, string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return DataLoaderRegistry.Attach(context.UserContext).GetOrCreate(name, batch);
    }
}
