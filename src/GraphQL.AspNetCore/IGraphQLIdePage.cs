using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>The page a browser gets for <c>GET /graphql</c> (Accept <c>text/html</c>, no query). Register one in DI to replace the built-in page.</summary>
public interface IGraphQLIdePage
{
    /// <summary>Writes the page (status, content type and body).</summary>
    Task WriteAsync(HttpContext http);
}
