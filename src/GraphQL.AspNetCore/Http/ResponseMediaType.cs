namespace StudyGraph.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: every well-formed GraphQL request gets 200.</summary>
    Json,
}
