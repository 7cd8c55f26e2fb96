using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>A response as the tests read it: status, media type, JSON body.</summary>
public sealed record HttpOutcome(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Response)
{
    public string FirstError => Body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);
}
