using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace StudyGraph.Api.Web;

/// <summary>Writing one built file: content type, encoding, validators (ETag, Last-Modified), cache policy and security headers.</summary>
public sealed partial class WebAssets
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static Task WriteFileAsync(HttpContext http, string file)
    {
        var contentType = ContentTypeOf(file);
        var response = http.Response;
        // scripts/build-web.sh writes .br and .gz beside the larger files: send one as it is when the client takes it.
        var (path, encoding, hasVariants) = ChooseEncoding(http.Request, file);
        var info = new FileInfo(path);
        // Vite names everything under assets/ by content hash: a changed file gets a new name, so it may be cached for good.
        response.Headers.CacheControl = IsHashedAsset(file) ? "public, max-age=31536000, immutable" : "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (hasVariants) response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (encoding is not null) response.Headers.ContentEncoding = encoding;
        if (contentType.StartsWith("text/html", StringComparison.Ordinal)) WebHeaders.AddPageHeaders(response);
        var modified = info.LastWriteTimeUtc;
        var lastModified = new DateTimeOffset(modified.Ticks - (modified.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{modified.Ticks:x}{(encoding is null ? "" : "-" + encoding)}\"");
        return TypedResults.PhysicalFile(info.FullName, contentType, lastModified: lastModified, entityTag: etag, enableRangeProcessing: encoding is null)
            .ExecuteAsync(http);
    }

    private static (string Path, string? Encoding, bool HasVariants) ChooseEncoding(HttpRequest request, string file)
    {
        var br = file + ".br";
        var gz = file + ".gz";
        var hasBr = File.Exists(br);
        var hasGz = File.Exists(gz);
        if (!hasBr && !hasGz) return (file, null, false);
        var accepted = StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var list) ? list : [];
        if (hasBr && Accepts(accepted, "br")) return (br, "br", true);
        if (hasGz && Accepts(accepted, "gzip")) return (gz, "gzip", true);
        return (file, null, true);
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string coding)
    {
        foreach (var value in accepted)
        {
            if (value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)) return value.Quality is not (<= 0);
        }
        return false;
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
