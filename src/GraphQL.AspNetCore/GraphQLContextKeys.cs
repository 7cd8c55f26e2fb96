namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>Keys the transports put into the resolvers' user context dictionary.</summary>
public static class GraphQLContextKeys
{
    /// <summary>The provider's user context when it is not itself a dictionary.</summary>
    public const string UserContext = "userContext";

    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request (for WebSockets: of the upgrade request).</summary>
    public const string HttpContext = "httpContext";

    /// <summary>The request's <c>extensions</c> JSON object (a <see cref="System.Text.Json.JsonElement"/>), when the client sent one.</summary>
    public const string Extensions = "extensions";
}
