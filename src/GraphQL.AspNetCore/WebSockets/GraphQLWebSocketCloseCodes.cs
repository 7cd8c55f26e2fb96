namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol the server uses (also for legacy <c>graphql-ws</c> where they apply).</summary>
public static class GraphQLWebSocketCloseCodes
{
    /// <summary>A message that is not valid JSON, has an unknown type, or lacks required fields.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The <c>connection_init</c> was rejected by the context provider.</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLServerOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with an id that is still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed (the context provider threw).</summary>
    public const int InternalServerError = 4500;
}
