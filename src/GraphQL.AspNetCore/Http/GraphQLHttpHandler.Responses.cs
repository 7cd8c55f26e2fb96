using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.Http;

internal sealed partial class GraphQLHttpHandler
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes an execution result: with <c>application/json</c> always 200; with <c>application/graphql-response+json</c>
    /// 200 when the response has a <c>data</c> entry and 400 for request errors (parse, validation, variables, operation).
    /// </summary>
    private static Task WriteResultAsync(HttpContext http, ResponseMediaType media, ExecutionResult result)
    {
        var status = media == ResponseMediaType.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return WriteJsonAsync(http, media, status, result);
    }

    /// <summary>A request error (bad parameters): 4xx with either media type, as a GraphQL response without data.</summary>
    private static Task WriteRequestErrorAsync(HttpContext http, ResponseMediaType media, int status, string message) =>
        WriteJsonAsync(http, media, status, ExecutionResult.FromError(new GraphQLError(message, extensions: BadRequest)));

    /// <summary>A problem before a media type is chosen (405, 406, 413, 415): an <c>application/json</c> body with one error.</summary>
    private static Task WriteProblemAsync(HttpContext http, int status, string message) =>
        WriteJsonAsync(http, ResponseMediaType.Json, status, ExecutionResult.FromError(new GraphQLError(message, extensions: BadRequest)));

    private static Task WriteNotAcceptableAsync(HttpContext http) =>
        WriteProblemAsync(http, StatusCodes.Status406NotAcceptable,
            "The Accept header allows neither application/graphql-response+json nor application/json.");

    private static Task WriteContextErrorAsync(HttpContext http, ResponseMediaType media, GraphQLException e)
    {
        var code = e.Extensions is not null && e.Extensions.TryGetValue("code", out var c) ? c as string : null;
        var status = code switch
        {
            "UNAUTHENTICATED" => StatusCodes.Status401Unauthorized,
            "FORBIDDEN" => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return WriteJsonAsync(http, media, status, ExecutionResult.FromError(new GraphQLError(e.Message, extensions: e.Extensions)));
    }

    private static async Task WriteJsonAsync(HttpContext http, ResponseMediaType media, int status, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = media == ResponseMediaType.GraphQLResponseJson
            ? AcceptNegotiation.GraphQLResponseJson + "; charset=utf-8"
            : AcceptNegotiation.Json + "; charset=utf-8";
        response.Headers.Vary = "Accept";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }
        await response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The error clients see when the server failed (details go to the log only).</summary>
    internal static readonly GraphQLError InternalError =
        new("Internal server error.", extensions: new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR" });

    private static readonly IReadOnlyDictionary<string, object?> BadRequest = new Dictionary<string, object?> { ["code"] = "BAD_REQUEST" };
}
