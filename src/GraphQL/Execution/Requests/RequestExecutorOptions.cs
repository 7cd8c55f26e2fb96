using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Validation;

namespace StudyGraph.GraphQL.Execution;

/// <summary>Options of <see cref="GraphQLRequestExecutor"/>, with documented defaults.</summary>
public sealed record RequestExecutorOptions
{
    /// <summary>The defaults: 15,000 tokens, depth 64, 1 MB documents, 1,000 cached documents, graphql-js's rules.</summary>
    public static RequestExecutorOptions Default { get; } = new();

    /// <summary>Parser limits (tokens, nesting depth, document size).</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation rules, error cap and cost limits (depth, aliases, cost).</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>How many prepared documents the cache keeps (least recently used evicted first); 0 disables caching.</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
