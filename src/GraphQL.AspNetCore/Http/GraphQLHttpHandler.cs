using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): <c>POST</c> with a JSON body, <c>GET</c> with a query string
/// (queries only), <c>Accept</c> negotiation between <c>application/graphql-response+json</c> and <c>application/json</c>
/// with each one's status codes, size limits, the IDE page and <c>?sdl</c>.
/// </summary>
internal sealed partial class GraphQLHttpHandler
{
    private readonly GraphQLRequestExecutor _executor;
    private readonly IGraphQLRequestContextProvider _contexts;
    private readonly IGraphQLIdePage _ide;
    private readonly GraphQLServerOptions _options;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private string? _sdl;

    public GraphQLHttpHandler(TransportDependencies dependencies, IGraphQLIdePage ide)
    {
        _executor = dependencies.Executor;
        _contexts = dependencies.Contexts;
        _options = dependencies.Options;
        _logger = dependencies.Logger;
        _stopping = dependencies.Stopping;
        _ide = ide;
    }

    public Task HandleAsync(HttpContext http)
    {
        var method = http.Request.Method;
        if (HttpMethods.IsPost(method)) return PostAsync(http);
        if (HttpMethods.IsGet(method)) return GetAsync(http);
        http.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
        return WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, $"The {method} method is not supported; use POST{(_options.EnableGetRequests ? " or GET" : "")}.");
    }

    private async Task GetAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.QueryString.Value is { } qs && qs.Length > _options.MaxRequestBytes)
        {
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "The query string is larger than the server accepts.").ConfigureAwait(false);
            return;
        }
        if (_options.EnableSdlEndpoint && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(http).ConfigureAwait(false);
            return;
        }
        var accept = request.Headers.Accept;
        if (!request.Query.ContainsKey("query") && AcceptNegotiation.AcceptsHtml(accept))
        {
            await _ide.WriteAsync(http).ConfigureAwait(false);
            return;
        }
        if (!_options.EnableGetRequests)
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "GraphQL requests by GET are disabled; use POST.").ConfigureAwait(false);
            return;
        }
        var media = Negotiate(http);
        if (media == ResponseMediaType.None)
        {
            await WriteNotAcceptableAsync(http).ConfigureAwait(false);
            return;
        }
        using var parameters = GraphQLHttpRequest.FromQueryString(request.Query, out var error);
        if (parameters is null)
        {
            await WriteRequestErrorAsync(http, media, StatusCodes.Status400BadRequest, error!).ConfigureAwait(false);
            return;
        }
        await ExecuteAsync(http, media, parameters, isGet: true).ConfigureAwait(false);
    }

    private async Task PostAsync(HttpContext http)
    {
        if (!IsJsonContentType(http.Request.ContentType))
        {
            await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType,
                "The request body must be application/json (UTF-8).").ConfigureAwait(false);
            return;
        }
        var media = Negotiate(http);
        if (media == ResponseMediaType.None)
        {
            await WriteNotAcceptableAsync(http).ConfigureAwait(false);
            return;
        }
        var ct = http.RequestAborted;
        (byte[] Buffer, int Length)? body;
        try
        {
            body = await RequestBodyReader.ReadAsync(http, _options.MaxRequestBytes, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && ct.IsCancellationRequested)
        {
            return;
        }
        if (body is not { } b)
        {
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.").ConfigureAwait(false);
            return;
        }
        try
        {
            JsonDocument? document = null;
            try
            {
                // The document reads straight from the pooled buffer, so the buffer goes back only after the response.
                if (b.Length > 0) document = JsonDocument.Parse(b.Buffer.AsMemory(0, b.Length));
            }
            catch (JsonException)
            {
            }
            if (document is null)
            {
                await WriteRequestErrorAsync(http, media, StatusCodes.Status400BadRequest,
                    b.Length == 0 ? "The request body is empty; send a JSON object with a 'query'." : "The request body is not valid JSON.").ConfigureAwait(false);
                return;
            }
            using var parameters = GraphQLHttpRequest.FromJson(document, out var error);
            if (parameters is null)
            {
                await WriteRequestErrorAsync(http, media, StatusCodes.Status400BadRequest, error!).ConfigureAwait(false);
                return;
            }
            await ExecuteAsync(http, media, parameters, isGet: false).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(b.Buffer);
        }
    }

    private async Task ExecuteAsync(HttpContext http, ResponseMediaType media, GraphQLHttpRequest parameters, bool isGet)
    {
        var prepared = _executor.Prepare(parameters.Query, parameters.OperationName);
        if (prepared.Operation is not { } operation)
        {
            await WriteResultAsync(http, media, prepared.ToErrorResult()).ConfigureAwait(false);
            return;
        }
        if (isGet && operation.OperationType == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, media, StatusCodes.Status405MethodNotAllowed, "Mutations can only be sent by POST.").ConfigureAwait(false);
            return;
        }
        var eventStream = WantsEventStream(http);
        if (operation.OperationType == OperationType.Subscription && !eventStream)
        {
            await WriteRequestErrorAsync(http, media, StatusCodes.Status400BadRequest,
                "Subscriptions need a WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream) at this endpoint.").ConfigureAwait(false);
            return;
        }
        var ct = http.RequestAborted;
        ExecutionResult result;
        try
        {
            object? provided;
            try
            {
                provided = await _contexts.CreateHttpContextAsync(http, ct).ConfigureAwait(false);
            }
            catch (GraphQLException e)
            {
                await WriteContextErrorAsync(http, media, e).ConfigureAwait(false);
                return;
            }
            var userContext = UserContexts.Create(provided, http, parameters.Extensions);
            if (eventStream)
            {
                await StreamAsync(http, parameters, operation, userContext).ConfigureAwait(false);
                return;
            }
            result = await _executor.ExecuteAsync(operation, parameters.Variables, null, userContext, http.RequestServices, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return; // the client went away: nobody reads the response
        }
        await WriteResultAsync(http, media, result).ConfigureAwait(false);
    }

    private async Task WriteSdlAsync(HttpContext http)
    {
        _sdl ??= SchemaPrinter.Print(_executor.Schema);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(_sdl, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The response media type; a client asking only for an event stream gets its request errors as graphql-response+json.</summary>
    private static ResponseMediaType Negotiate(HttpContext http)
    {
        var media = AcceptNegotiation.Negotiate(http.Request.Headers.Accept);
        return media == ResponseMediaType.None && WantsEventStream(http) ? ResponseMediaType.GraphQLResponseJson : media;
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return false;
        if (!parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return false;
        var charset = parsed.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
