namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>The deliberate message differences listed in docs/graphql-differences.md.</summary>
internal static class KnownDifferences
{
    /// <summary>Rewrites a graphql-js message into the form we produce on purpose.</summary>
    public static string Normalize(string graphqlJsMessage) =>
        // graphql-js 16 misspells "than" in its token-limit message.
        graphqlJsMessage.Replace("Document contains more that ", "Document contains more than ", StringComparison.Ordinal);
}
