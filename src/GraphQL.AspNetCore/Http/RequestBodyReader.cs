using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace StudyGraph.GraphQL.AspNetCore.Http;

/// <summary>Reads a request body into a pooled buffer, refusing anything larger than the limit (declared or streamed).</summary>
internal static class RequestBodyReader
{
    /// <summary>The body, or null when it exceeds <paramref name="limit"/> bytes. Return the buffer with <see cref="ArrayPool{T}.Return"/>.</summary>
    public static async ValueTask<(byte[] Buffer, int Length)?> ReadAsync(HttpContext http, long limit, CancellationToken ct)
    {
        var declared = http.Request.ContentLength;
        if (declared > limit) return null;
        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = limit + 1;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(declared ?? 4096, 256), limit + 1));
        var length = 0;
        var body = http.Request.Body;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) break;
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await body.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        if (length > limit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }
        return (buffer, length);
    }
}
