using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace StudyGraph.Api.Web;

/// <summary>Writing one built file: content type, validators (ETag, Last-Modified), cache policy and security headers.</summary>
public sealed partial class WebAssets
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static Task WriteFileAsync(HttpContext http, string file)
    {
        var info = new FileInfo(file);
        var contentType = ContentTypeOf(file);
        var response = http.Response;
        // Vite names everything under assets/ by content hash: a changed file gets a new name, so it may be cached for good.
        var hashed = IsHashedAsset(file);
        response.Headers.CacheControl = hashed ? "public, max-age=31536000, immutable" : "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (contentType.StartsWith("text/html", StringComparison.Ordinal)) WebHeaders.AddPageHeaders(response);
        var lastModified = new DateTimeOffset(info.LastWriteTimeUtc.Ticks - (info.LastWriteTimeUtc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        return TypedResults.PhysicalFile(info.FullName, contentType, lastModified: lastModified, entityTag: etag, enableRangeProcessing: true)
            .ExecuteAsync(http);
    }

    private static string ContentTypeOf(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type == "image/svg+xml" || type == "application/json"
            ? type + "; charset=utf-8"
            : type;
    }

    private static bool IsHashedAsset(string file)
    {
        var parent = Path.GetFileName(Path.GetDirectoryName(file));
        return string.Equals(parent, "assets", StringComparison.Ordinal);
    }

    private static Task NotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync("Not found.", http.RequestAborted);
    }
}
