using Microsoft.AspNetCore.Http;

namespace StudyGraph.Api.Web;

/// <summary>Headers of the HTML pages: everything they load comes from this origin (no CDN, no external fonts).</summary>
internal static class WebHeaders
{
    /// <summary>
    /// Same-origin only: scripts and styles from the build, fonts and images inlined as data URLs by the bundle, and
    /// requests to this origin's /graphql over HTTP and WebSocket ('self' covers ws/wss of the same host). Inline styles
    /// are allowed because GraphiQL sets element styles at run time.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static void AddPageHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "SAMEORIGIN";
    }
}
