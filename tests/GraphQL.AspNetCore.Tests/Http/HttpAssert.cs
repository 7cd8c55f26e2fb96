using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>The harness of the HTTP tests: send a request, read status, media type and JSON body in one line.</summary>
public static class HttpAssert
{
    public static async Task<HttpOutcome> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : JsonSerializer.SerializeToElement(text);
        return new HttpOutcome(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    public static async Task<HttpOutcome> PostAsync(HttpClient client, string json, string? accept = null, string contentType = "application/json",
        Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        configure?.Invoke(request);
        return await ReadAsync(await client.SendAsync(request));
    }

    public static Task<HttpOutcome> PostQueryAsync(HttpClient client, string query, string? accept = null, object? variables = null, string? operationName = null) =>
        PostAsync(client, JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public static async Task<HttpOutcome> GetAsync(HttpClient client, string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await ReadAsync(await client.SendAsync(request));
    }
}
