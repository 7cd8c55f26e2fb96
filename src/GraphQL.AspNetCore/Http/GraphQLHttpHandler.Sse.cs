using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.AspNetCore.Http;

internal sealed partial class GraphQLHttpHandler
{
    private const string EventStream = "text/event-stream";
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();

    /// <summary>Whether the client asks for Server-Sent Events (graphql-sse "distinct connections mode").</summary>
    private static bool WantsEventStream(HttpContext http)
    {
        foreach (var header in http.Request.Headers.Accept)
        {
            if (header is not null && header.Contains(EventStream, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Streams an operation as Server-Sent Events: one <c>next</c> event per result (a subscription's events, or the single
    /// result of a query or mutation), then <c>complete</c>; a comment line every keep-alive interval while idle. The stream
    /// ends when the client disconnects, which cancels the operation.
    /// </summary>
    private async Task StreamAsync(HttpContext http, GraphQLHttpRequest parameters, PreparedOperation operation, Dictionary<string, object?> userContext)
    {
        // The stream also ends when the host stops, so shutdown does not wait for long-lived subscriptions.
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping);
        var ct = lifetime.Token;
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await response.StartAsync(ct).ConfigureAwait(false);
            await response.BodyWriter.FlushAsync(ct).ConfigureAwait(false); // the client sees the stream open before the first event
            if (operation.OperationType != OperationType.Subscription)
            {
                var result = await _executor.ExecuteAsync(operation, parameters.Variables, null, userContext, http.RequestServices, ct).ConfigureAwait(false);
                await WriteEventAsync(http, result).ConfigureAwait(false);
            }
            else
            {
                var stream = _executor.SubscribeAsync(operation, VariableMap(parameters.Variables), null, userContext, http.RequestServices, ct);
                await using var events = stream.GetAsyncEnumerator(ct);
                var keepAlive = _options.KeepAliveInterval;
                while (true)
                {
                    var next = events.MoveNextAsync().AsTask();
                    if (!next.IsCompleted && keepAlive > TimeSpan.Zero) await KeepAliveUntilAsync(http, next, keepAlive).ConfigureAwait(false);
                    if (!await next.ConfigureAwait(false)) break;
                    await WriteEventAsync(http, events.Current).ConfigureAwait(false);
                }
            }
            await response.BodyWriter.WriteAsync(CompleteEvent, ct).ConfigureAwait(false);
        }
        catch (Exception e) when ((e is OperationCanceledException or IOException) && ct.IsCancellationRequested)
        {
            // The client disconnected: the operation is cancelled and nobody reads further events.
        }
        catch (Exception e)
        {
            // The stream is open, so the status is already 200: report the failure as a last event.
            _logger.LogError(e, "A GraphQL operation streamed over Server-Sent Events failed");
            await WriteEventAsync(http, ExecutionResult.FromError(InternalError)).ConfigureAwait(false);
            await response.BodyWriter.WriteAsync(CompleteEvent, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a comment line every <paramref name="interval"/> until <paramref name="next"/> completes.</summary>
    private static async Task KeepAliveUntilAsync(HttpContext http, Task next, TimeSpan interval)
    {
        var ct = http.RequestAborted;
        using var delay = CancellationTokenSource.CreateLinkedTokenSource(ct);
        while (await Task.WhenAny(next, Task.Delay(interval, delay.Token)).ConfigureAwait(false) != next)
        {
            ct.ThrowIfCancellationRequested();
            await http.Response.BodyWriter.WriteAsync(KeepAliveComment, ct).ConfigureAwait(false);
        }
        await delay.CancelAsync().ConfigureAwait(false);
    }

    private static async Task WriteEventAsync(HttpContext http, ExecutionResult result)
    {
        var body = http.Response.BodyWriter;
        body.Write(NextPrefix.AsSpan());
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            result.WriteTo(writer); // JSON text never holds a raw newline, so one data line carries it
        }
        body.Write(EventEnd.AsSpan());
        await body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static Dictionary<string, object?>? VariableMap(JsonElement? variables)
    {
        if (variables is not { ValueKind: JsonValueKind.Object } v) return null;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject()) map[p.Name] = p.Value;
        return map;
    }
}
