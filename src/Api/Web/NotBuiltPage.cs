using System.Net;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.Api.Web;

/// <summary>The page served in place of a web page that has not been built: what is missing and the command that builds it.</summary>
internal static class NotBuiltPage
{
    public static Task WriteAsync(HttpContext http, WebPage page, string distPath)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["X-StudyGraph-Web"] = "not-built";
        WebHeaders.AddPageHeaders(response);
        if (HttpMethods.IsHead(http.Request.Method)) return Task.CompletedTask;
        var (title, what, folder) = page == WebPage.Ide
            ? ("GraphiQL is not built", "The GraphiQL IDE for this endpoint", "graphiql")
            : ("The dashboard is not built", "The live dashboard", "dashboard");
        var html = Template
            .Replace("{{title}}", title, StringComparison.Ordinal)
            .Replace("{{what}}", what, StringComparison.Ordinal)
            .Replace("{{folder}}", WebUtility.HtmlEncode(Path.Combine(distPath, folder)), StringComparison.Ordinal)
            .Replace("{{command}}", WebAssets.BuildCommand, StringComparison.Ordinal)
            .Replace("{{sdl}}", page == WebPage.Ide ? SdlHint : "", StringComparison.Ordinal);
        return response.WriteAsync(html, http.RequestAborted);
    }

    private const string SdlHint = """
        <p>The API itself works without it: POST GraphQL requests to <code>/graphql</code>, or read the schema at
        <a href="/graphql?sdl">/graphql?sdl</a>.</p>
        """;

    private const string Template = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>StudyGraph: {{title}}</title>
        <style>body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 48rem; line-height: 1.5; } code, pre { background: #f2f2f2; padding: 0.1rem 0.3rem; } pre { padding: 0.8rem; }</style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <p>{{what}} is built from <code>web/</code> with Node.js (20.19 or later) and npm, and was not found at <code>{{folder}}</code>.
        Build it from the repository root, then reload this page (the API need not restart):</p>
        <pre>{{command}}</pre>
        {{sdl}}
        </body>
        </html>
        """;
}
