using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace StudyGraph.Api.Web;

/// <summary>Maps the built web pages onto the API's routes.</summary>
public static class WebAssetsEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps <c>/graphql-ide/**</c> (GraphiQL's files; the page itself is <see cref="WebAssets.WriteAsync"/> at
    /// <c>GET /graphql</c>) and <c>/dashboard</c>, <c>/dashboard/**</c> (the dashboard), for GET and HEAD, anonymous.
    /// </summary>
    public static IEndpointRouteBuilder MapWebAssets(this IEndpointRouteBuilder app, WebAssets assets)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(assets);
        app.MapMethods("/graphql-ide/{**path}", GetAndHead, (HttpContext http, string? path) => assets.ServeAsync(http, WebPage.Ide, path))
            .AllowAnonymous().ExcludeFromDescription().WithDisplayName("GraphiQL assets");
        app.MapMethods("/dashboard/{**path}", GetAndHead, (HttpContext http, string? path) => assets.ServeAsync(http, WebPage.Dashboard, path))
            .AllowAnonymous().ExcludeFromDescription().WithDisplayName("Dashboard");
        return app;
    }
}
